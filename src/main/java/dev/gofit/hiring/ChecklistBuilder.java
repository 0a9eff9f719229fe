package dev.gofit.hiring;

import dev.gofit.decision.Answers;
import dev.gofit.system.Problem.FieldError;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checklist rules, free of framework wiring: the starting point (the five core skills, the
 * emphasis a decision suggests), validation of a draft, and turning a valid draft into entities.
 */
public class ChecklistBuilder {

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 5;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 600;
    public static final String DEFAULT_LEVEL = "senior";

    private final HiringContent content;

    public ChecklistBuilder(HiringContent content) {
        this.content = content;
    }

    /** The five core skills with every check at its usual stage, all stages; a decision's yes answers raise weights. */
    public ChecklistDraft defaults(String role, Answers answers, Long decisionId) {
        List<ChecklistDraft.SkillDraft> skills = content.skills().skills().stream()
                .map(s -> new ChecklistDraft.SkillDraft(s.key(), s.label(), false, suggestedWeight(s, answers),
                        s.checks().stream().map(c -> new ChecklistDraft.CheckDraft(c.key(), c.text(), c.stage())).toList()))
                .toList();
        List<ChecklistDraft.StageDraft> stages = content.vetting().stages().stream()
                .map(s -> new ChecklistDraft.StageDraft(s.key(), s.minutes())).toList();
        return new ChecklistDraft(role == null ? "" : role, DEFAULT_LEVEL, decisionId, skills, stages);
    }

    /** The skill's default weight, or its emphasis weight when the decision answered its question with yes. */
    public static int suggestedWeight(SkillCatalog.Skill skill, Answers answers) {
        if (answers == null || skill.emphasis() == null) {
            return skill.defaultWeight();
        }
        Boolean yes = switch (skill.emphasis().answer()) {
            case "concurrency" -> answers.concurrency();
            case "ioPerformance" -> answers.ioPerformance();
            case "simpleDeployment" -> answers.simpleDeployment();
            case "servicesOrTooling" -> answers.servicesOrTooling();
            default -> null;
        };
        return Boolean.TRUE.equals(yes) ? skill.emphasis().weight() : skill.defaultWeight();
    }

    /** A core skill with all its content checks, or a custom skill with one check at the last stage. */
    public ChecklistDraft.SkillDraft coreSkill(String key, Integer weight) {
        SkillCatalog.Skill s = content.skills().skill(key);
        return new ChecklistDraft.SkillDraft(s.key(), s.label(), false, weight == null ? s.defaultWeight() : weight,
                s.checks().stream().map(c -> new ChecklistDraft.CheckDraft(c.key(), c.text(), c.stage())).toList());
    }

    public ChecklistDraft.SkillDraft customSkill(String label, Integer weight, String stage, List<String> checks) {
        String clean = label.trim();
        List<ChecklistDraft.CheckDraft> items = checks.stream().map(String::trim).filter(t -> !t.isEmpty())
                .map(t -> new ChecklistDraft.CheckDraft(null, t, stage)).toList();
        if (items.isEmpty()) {
            items = List.of(new ChecklistDraft.CheckDraft(null, "Explains and has used " + clean + " in production", stage));
        }
        return new ChecklistDraft.SkillDraft(customKey(clean), clean, true, weight == null ? 3 : weight, items);
    }

    /** "Kafka consumer groups" becomes "custom-kafka-consumer-groups". */
    public static String customKey(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return "custom-" + (slug.isEmpty() ? "skill" : slug);
    }

    /** Every problem with the draft, each naming its field; empty when the draft can be saved. */
    public List<FieldError> validate(ChecklistDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        String role = draft.role() == null ? "" : draft.role().trim();
        if (role.isEmpty()) {
            errors.add(new FieldError("role", "Name the role, e.g. \"Senior Go engineer\"."));
        } else if (role.length() > 200) {
            errors.add(new FieldError("role", "Keep the role under 200 characters."));
        }
        if (draft.level() == null || content.skills().level(draft.level()) == null) {
            errors.add(new FieldError("level", "Choose one of: " + String.join(", ",
                    content.skills().levels().stream().map(SkillCatalog.Level::key).toList()) + "."));
        }
        Set<String> stageKeys = new HashSet<>();
        if (draft.stages().isEmpty()) {
            errors.add(new FieldError("stages", "Choose at least one stage."));
        }
        for (ChecklistDraft.StageDraft stage : draft.stages()) {
            if (content.vetting().stage(stage.key()) == null) {
                errors.add(new FieldError("stages", "Unknown stage '" + stage.key() + "'; known: " + stageList() + "."));
            } else if (!stageKeys.add(stage.key())) {
                errors.add(new FieldError("stages", "Stage '" + stage.key() + "' is listed twice."));
            }
            if (stage.minutes() == null || stage.minutes() < MIN_MINUTES || stage.minutes() > MAX_MINUTES) {
                errors.add(new FieldError("minutes." + stage.key(),
                        "Give the duration in minutes, between " + MIN_MINUTES + " and " + MAX_MINUTES + "."));
            }
        }
        if (draft.skills().isEmpty()) {
            errors.add(new FieldError("skills", "Keep at least one skill."));
        }
        Set<String> skillKeys = new HashSet<>();
        for (ChecklistDraft.SkillDraft skill : draft.skills()) {
            String field = skill.custom() ? "custom." + skill.key() : "skills." + skill.key();
            if (!skill.custom() && content.skills().skill(skill.key()) == null) {
                errors.add(new FieldError("skills", "Unknown skill key '" + skill.key() + "'; known: "
                        + String.join(", ", HiringContent.CORE_KEYS) + " (add anything else as a custom skill)."));
                continue;
            }
            if (skill.custom() && (skill.label() == null || skill.label().isBlank() || skill.label().length() > 120)) {
                errors.add(new FieldError(field, "Name the custom skill in 1 to 120 characters."));
            }
            if (!skillKeys.add(skill.key())) {
                errors.add(new FieldError(field, "The skill '" + skill.label() + "' is listed twice."));
            }
            if (skill.weight() == null || skill.weight() < MIN_WEIGHT || skill.weight() > MAX_WEIGHT) {
                errors.add(new FieldError("weights." + skill.key(), "The weight of '" + skill.label()
                        + "' must be a whole number from " + MIN_WEIGHT + " to " + MAX_WEIGHT + "."));
            }
            if (skill.checks().isEmpty()) {
                errors.add(new FieldError(field, "Keep at least one check for '" + skill.label() + "' or drop the skill."));
            }
            for (ChecklistDraft.CheckDraft check : skill.checks()) {
                if (check.text() == null || check.text().isBlank() || check.text().length() > 500) {
                    errors.add(new FieldError(field, "Each check of '" + skill.label() + "' needs 1 to 500 characters."));
                } else if (check.stage() == null || !stageKeys.contains(check.stage())) {
                    errors.add(new FieldError(field, "'" + check.text() + "' is checked in stage '" + check.stage()
                            + "', which this checklist does not include: choose one of " + String.join(", ", stageKeys) + "."));
                }
            }
        }
        return errors;
    }

    /** Copies a valid draft into the checklist's fields (replacing skills and stages). */
    public void apply(ChecklistDraft draft, Checklist checklist) {
        checklist.roleTitle = draft.role().trim();
        checklist.level = draft.level();
        checklist.decisionId = draft.decisionId();
        checklist.skills.clear();
        int position = 0;
        for (ChecklistDraft.SkillDraft s : draft.skills()) {
            ChecklistSkill skill = new ChecklistSkill();
            skill.checklist = checklist;
            skill.position = position++;
            skill.skillKey = s.key();
            skill.label = s.label().trim();
            skill.weight = s.weight();
            skill.custom = s.custom();
            for (ChecklistDraft.CheckDraft c : s.checks()) {
                skill.checks.add(new ChecklistCheck(c.key(), c.text().trim(), c.stage()));
            }
            checklist.skills.add(skill);
        }
        checklist.stages.clear();
        // Stages keep the process order of vetting.yaml whatever order the form sent.
        for (VettingProcess.Stage stage : content.vetting().stages()) {
            ChecklistDraft.StageDraft chosen = draft.stage(stage.key());
            if (chosen != null) {
                checklist.stages.add(new StageSlot(stage.key(), chosen.minutes()));
            }
        }
    }

    /** The draft a stored checklist corresponds to (for the edit form). */
    public static ChecklistDraft draftOf(Checklist c) {
        return new ChecklistDraft(c.roleTitle, c.level, c.decisionId,
                c.skills.stream().map(s -> new ChecklistDraft.SkillDraft(s.skillKey, s.label, s.custom, s.weight,
                        s.checks.stream().map(k -> new ChecklistDraft.CheckDraft(k.checkKey, k.text, k.stage)).toList())).toList(),
                c.stages.stream().map(s -> new ChecklistDraft.StageDraft(s.stageKey, s.minutes)).toList());
    }

    private String stageList() {
        return String.join(", ", content.vetting().stages().stream().map(VettingProcess.Stage::key).toList());
    }
}
