package dev.gofit.hiring;

import dev.gofit.hiring.ScorecardSummary.CardInput;
import dev.gofit.hiring.ScorecardSummary.SkillInput;
import dev.gofit.hiring.ScorecardSummary.StageInput;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardSummaryTest {

    static final List<SkillInput> SKILLS = List.of(new SkillInput("concurrency", "Concurrency mastery", 5),
            new SkillInput("stdlib", "Standard library proficiency", 3), new SkillInput("testing", "Robust testing habits", 2));
    static final List<StageInput> STAGES = List.of(new StageInput("screen", "Technical screen"),
            new StageInput("design", "Systems design interview"));

    @Test
    void noScorecardsMeansEveryStageAndSkillIsAGap() {
        ScorecardSummary s = ScorecardSummary.of(SKILLS, STAGES, List.of(), List.of());
        assertThat(s.agreement()).isEqualTo("No scorecards yet");
        assertThat(s.weightedScore()).isNull();
        assertThat(s.gaps()).contains("No evidence yet for Concurrency mastery.", "No scorecard yet for the Technical screen.",
                "No scorecard yet for the Systems design interview.");
    }

    @Test
    void ratingsWithinOnePointAgreeTwoApartDisagreeAndAreFlagged() {
        ScorecardSummary s = ScorecardSummary.of(SKILLS, STAGES, List.of(
                new CardInput("screen", "Technical screen", "Ana", Overall.YES, Map.of("concurrency", 3, "stdlib", 1), ""),
                new CardInput("screen", "Technical screen", "Ben", Overall.STRONG_YES, Map.of("concurrency", 4, "stdlib", 3), "")),
                List.of());
        assertThat(s.skills().get(0).agreement()).isEqualTo("Agree");
        assertThat(s.skills().get(0).meanText()).isEqualTo("3.5");
        assertThat(s.skills().get(1).agreement()).isEqualTo("Disagree");
        assertThat(s.skills().get(2).agreement()).isEqualTo("Not rated");
        assertThat(s.gaps()).contains("Interviewers disagree on Standard library proficiency (ratings from 1 to 3): discuss before deciding.",
                "No evidence yet for Robust testing habits.", "No scorecard yet for the Systems design interview.");
        assertThat(s.gaps()).noneMatch(g -> g.contains("Technical screen"));
        assertThat(s.agreement()).isEqualTo("Aligned: every interviewer says yes (2)");
    }

    @Test
    void weightedScoreWeighsHeavySkillsMore() {
        // concurrency 4/4 at weight 5, stdlib 2/4 at weight 3: (5*4 + 3*2) / (5*4 + 3*4) = 26/32 = 81%.
        ScorecardSummary s = ScorecardSummary.of(SKILLS, STAGES, List.of(
                new CardInput("screen", "Technical screen", "Ana", Overall.YES, Map.of("concurrency", 4, "stdlib", 2), "")),
                List.of());
        assertThat(s.weightedScore()).isEqualTo(81);
    }

    @Test
    void mixedRecommendationsAreASplitAndCounted() {
        ScorecardSummary s = ScorecardSummary.of(SKILLS, STAGES, List.of(
                new CardInput("screen", "Technical screen", "Ana", Overall.NO, Map.of(), "weak on races"),
                new CardInput("design", "Systems design interview", "Ben", Overall.STRONG_YES, Map.of(), ""),
                new CardInput("design", "Systems design interview", "Cy", Overall.YES, Map.of(), "")), List.of());
        assertThat(s.agreement()).isEqualTo("Split: 2 yes, 1 no");
        assertThat(s.count(Overall.NO)).isEqualTo(1);
        assertThat(s.count(Overall.STRONG_NO)).isZero();
        assertThat(s.recommendations()).extracting(ScorecardSummary.Recommendation::notes).contains("weak on races");
    }

    @Test
    void takeHomeResultsAreEvidenceForConcurrencyMastery() {
        TakeHomeResults.Result result = new TakeHomeResults.Result(7, "http://x/aggregate", 86, "DONE",
                List.of("concurrency: PASS both sources fetched in 212 ms"), "/reviews/7");
        ScorecardSummary s = ScorecardSummary.of(SKILLS, STAGES, List.of(), List.of(result));
        assertThat(s.skills().get(0).takeHome()).containsExactly(result);
        assertThat(s.skills().get(1).takeHome()).isEmpty();
        assertThat(s.takeHomeShownUnderSkill()).isTrue();
        assertThat(s.gaps()).doesNotContain("No evidence yet for Concurrency mastery.");
    }
}
