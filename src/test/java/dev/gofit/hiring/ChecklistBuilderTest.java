package dev.gofit.hiring;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gofit.decision.Answers;
import dev.gofit.system.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistBuilderTest {

    static final HiringContent CONTENT = content();
    final ChecklistBuilder builder = new ChecklistBuilder(CONTENT);

    /** The real content files, bound the way the loader binds them (unknown fields are errors). */
    static HiringContent content() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return HiringContent.of(yaml.readValue(Path.of("content/skills.yaml").toFile(), SkillCatalog.class),
                    yaml.readValue(Path.of("content/vetting.yaml").toFile(), VettingProcess.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void defaultsAreTheFiveCoreSkillsWithEveryCheckAndAllThreeStages() {
        ChecklistDraft d = builder.defaults("Go engineer", null, null);
        assertThat(d.skills()).extracting(ChecklistDraft.SkillDraft::key)
                .containsExactly("concurrency", "stdlib", "testing", "systems-design", "cloud-native");
        assertThat(d.skill("concurrency").checks()).extracting(ChecklistDraft.CheckDraft::text)
                .contains("Chooses between a mutex and a channel and explains why", "Designs a bounded worker pool with cancellation",
                        "Spots deadlocks, goroutine leaks and data races");
        assertThat(d.stages()).extracting(ChecklistDraft.StageDraft::key, ChecklistDraft.StageDraft::minutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("screen", 30), org.assertj.core.groups.Tuple.tuple("take-home", 180),
                        org.assertj.core.groups.Tuple.tuple("design", 60));
        assertThat(builder.validate(d)).isEmpty();
    }

    @Test
    void aDecisionThatNeedsConcurrencyWeighsConcurrencyMasteryHigher() {
        Answers concurrencyYes = new Answers(true, false, true, null, false, false);
        ChecklistDraft plain = builder.defaults("Go engineer", null, null);
        ChecklistDraft fromDecision = builder.defaults("Go engineer", concurrencyYes, 4L);
        assertThat(fromDecision.skill("concurrency").weight()).isEqualTo(5).isGreaterThan(plain.skill("concurrency").weight());
        assertThat(fromDecision.skill("cloud-native").weight()).isEqualTo(4);
        assertThat(fromDecision.skill("stdlib").weight()).isEqualTo(plain.skill("stdlib").weight());
        assertThat(fromDecision.decisionId()).isEqualTo(4L);
    }

    @Test
    void emptyRoleUnknownLevelAndNoStagesAreNamed() {
        ChecklistDraft d = builder.defaults(" ", null, null);
        ChecklistDraft bad = new ChecklistDraft(d.role(), "guru", null, d.skills(), List.of());
        assertThat(fields(builder.validate(bad))).contains("role", "level", "stages");
    }

    @Test
    void unknownCoreSkillKeyIsRejected() {
        ChecklistDraft d = builder.defaults("Go engineer", null, null);
        List<ChecklistDraft.SkillDraft> skills = new ArrayList<>(d.skills());
        skills.add(new ChecklistDraft.SkillDraft("haskell", "Haskell", false, 3,
                List.of(new ChecklistDraft.CheckDraft(null, "Monads", "screen"))));
        List<FieldError> errors = builder.validate(new ChecklistDraft(d.role(), d.level(), null, skills, d.stages()));
        assertThat(errors).extracting(FieldError::message).anyMatch(m -> m.contains("Unknown skill key 'haskell'"));
    }

    @Test
    void weightsOutsideOneToFiveAreRejected() {
        ChecklistDraft d = builder.defaults("Go engineer", null, null);
        List<ChecklistDraft.SkillDraft> skills = new ArrayList<>(d.skills());
        skills.set(0, builder.coreSkill("concurrency", 0));
        skills.set(1, builder.coreSkill("stdlib", 6));
        skills.add(builder.customSkill("gRPC streaming", null, "design", List.of()));
        skills.set(2, new ChecklistDraft.SkillDraft("testing", "Robust testing habits", false, null, d.skill("testing").checks()));
        assertThat(fields(builder.validate(new ChecklistDraft(d.role(), d.level(), null, skills, d.stages()))))
                .containsExactlyInAnyOrder("weights.concurrency", "weights.stdlib", "weights.testing");
    }

    @Test
    void aCheckInAStageTheChecklistDropsIsAnError() {
        ChecklistDraft d = builder.defaults("Go engineer", null, null);
        List<ChecklistDraft.StageDraft> noTakeHome = d.stages().stream().filter(s -> !s.key().equals("take-home")).toList();
        List<FieldError> errors = builder.validate(new ChecklistDraft(d.role(), d.level(), null, d.skills(), noTakeHome));
        assertThat(errors).extracting(FieldError::field).contains("skills.concurrency");
        assertThat(errors).extracting(FieldError::message)
                .anyMatch(m -> m.contains("Designs a bounded worker pool") && m.contains("'take-home'"));
    }

    @Test
    void minutesOutOfRangeAreRejected() {
        ChecklistDraft d = builder.defaults("Go engineer", null, null);
        List<ChecklistDraft.StageDraft> stages = List.of(new ChecklistDraft.StageDraft("screen", 2),
                new ChecklistDraft.StageDraft("take-home", null), new ChecklistDraft.StageDraft("design", 60));
        assertThat(fields(builder.validate(new ChecklistDraft(d.role(), d.level(), null, d.skills(), stages))))
                .containsExactly("minutes.screen", "minutes.take-home");
    }

    @Test
    void customSkillsGetAKeyAndADefaultCheck() {
        ChecklistDraft.SkillDraft kafka = builder.customSkill("  Kafka consumer groups ", 4, "design", List.of("", " "));
        assertThat(kafka.key()).isEqualTo("custom-kafka-consumer-groups");
        assertThat(kafka.custom()).isTrue();
        assertThat(kafka.checks()).singleElement().extracting(ChecklistDraft.CheckDraft::text)
                .isEqualTo("Explains and has used Kafka consumer groups in production");
        assertThat(ChecklistBuilder.customKey("Économie d'échelle!")).isEqualTo("custom-economie-d-echelle");
    }

    @Test
    void applyCopiesSkillsInOrderAndStagesInProcessOrder() {
        ChecklistDraft d = builder.defaults("Go engineer", null, null);
        List<ChecklistDraft.StageDraft> reversed = new ArrayList<>(d.stages());
        java.util.Collections.reverse(reversed);
        Checklist c = new Checklist();
        builder.apply(new ChecklistDraft("  Go engineer ", "mid", null, d.skills(), reversed), c);
        assertThat(c.roleTitle).isEqualTo("Go engineer");
        assertThat(c.stages).extracting(s -> s.stageKey).containsExactly("screen", "take-home", "design");
        assertThat(c.skills).extracting(s -> s.position).containsExactly(0, 1, 2, 3, 4);
        assertThat(c.skillsIn("screen")).extracting(s -> s.skillKey).containsExactly("concurrency", "stdlib", "cloud-native");
        assertThat(ChecklistBuilder.draftOf(c).skills()).isEqualTo(d.skills());
    }

    @Test
    void theKitScalesTheAgendaToTheChosenDuration() {
        List<VettingProcess.AgendaItem> agenda = CONTENT.vetting().stage("screen").agenda();
        List<InterviewKit.Slot> slots = InterviewKit.scale(agenda, 30, 45);
        assertThat(slots.get(0).start()).isZero();
        assertThat(slots.get(slots.size() - 1).end()).isEqualTo(45);
        for (int i = 1; i < slots.size(); i++) {
            assertThat(slots.get(i).start()).isEqualTo(slots.get(i - 1).end());
        }
    }

    @Test
    void contentCrossCheckRejectsACheckInAnUnknownStage() {
        SkillCatalog skills = CONTENT.skills();
        SkillCatalog.Skill first = skills.skills().get(0);
        SkillCatalog.Check check = first.checks().get(0);
        SkillCatalog.Skill broken = new SkillCatalog.Skill(first.key(), first.label(), first.summary(), first.defaultWeight(),
                first.emphasis(), first.jobDescription(), List.of(new SkillCatalog.Check(check.key(), check.text(), "pairing",
                check.questions(), check.strong(), check.redFlags())));
        List<SkillCatalog.Skill> all = new ArrayList<>(skills.skills());
        all.set(0, broken);
        assertThat(HiringContent.crossCheck(new SkillCatalog(skills.levels(), all), CONTENT.vetting()))
                .contains("stage 'pairing'");
        assertThat(HiringContent.crossCheck(skills, CONTENT.vetting())).isNull();
    }
}
