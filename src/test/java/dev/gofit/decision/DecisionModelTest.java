package dev.gofit.decision;

import dev.gofit.matrix.Matrix;
import dev.gofit.matrix.MatrixDefinition;
import dev.gofit.support.ContentFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The verdict and the matrix are one model: at the derived weights they agree, for every answer and option set. */
class DecisionModelTest {

    static MatrixDefinition content;

    @BeforeAll
    static void load() {
        content = Matrix.load(ContentFixtures.loader(Path.of("content")));
    }

    /** All 64 combinations of the four questions and two cautions. */
    static List<Answers> all64() {
        List<Answers> all = new ArrayList<>();
        for (int bits = 0; bits < 64; bits++) {
            all.add(new Answers(bit(bits, 0), bit(bits, 1), bit(bits, 2), bit(bits, 3), bit(bits, 4), bit(bits, 5)));
        }
        return all;
    }

    private static boolean bit(int bits, int i) {
        return (bits >> i & 1) == 1;
    }

    /** Every option set of 2-6 languages with go among them. */
    static List<List<String>> optionSets() {
        List<String> others = content.languageKeys().stream().filter(l -> !l.equals("go")).toList();
        List<List<String>> sets = new ArrayList<>();
        for (int mask = 1; mask < 1 << others.size(); mask++) {
            List<String> set = new ArrayList<>(List.of("go"));
            for (int i = 0; i < others.size(); i++) {
                if ((mask >> i & 1) == 1) {
                    set.add(others.get(i));
                }
            }
            if (set.size() <= 6) {
                sets.add(set);
            }
        }
        return sets;
    }

    static boolean agrees(Answers a, String first) {
        return DecisionModel.agrees(VerdictRules.verdict(a), VerdictRules.alternatives(a), first);
    }

    @Test
    void theDefaultOptionsAgreeWithTheVerdictForAll64CombinationsWithoutAnyAdjustment() {
        for (Answers a : all64()) {
            DecisionModel.Outcome o = DecisionModel.evaluate(content, a, Decision.DEFAULT_OPTIONS, null, null);
            String first = o.evaluation().first();
            assertThat(agrees(a, first)).as("%s → %s %s", a, first, o.evaluation().scores().scores()).isTrue();
            assertThat(o.divergence()).as("%s", a).isNull();
            assertThat(o.agreement()).as("the content alone agrees for %s", a).isEmpty();
            if (VerdictRules.verdict(a) == Verdict.GO_NOT_INDICATED) {
                // "Not Go" never rests on a tie broken by the order of the options.
                assertThat(o.evaluation().scores().strictLeader()).as("%s", a).isEqualTo(first);
            }
        }
    }

    @Test
    void everyOptionSetAgreesWithTheVerdictForAll64Combinations() {
        for (List<String> options : optionSets()) {
            for (Answers a : all64()) {
                DecisionModel.Outcome o = DecisionModel.evaluate(content, a, options, null, null);
                assertThat(o.divergence()).as("%s %s → %s", options, a, o.evaluation().scores().scores()).isNull();
                assertThat(o.evaluation().scores().ranking()).containsExactlyInAnyOrderElementsOf(options);
            }
        }
    }

    @Test
    void noSentenceSaysOnlyZeroOfFour() {
        assertThat(DecisionModel.evaluate(content, new Answers(false, false, false, false, false, false),
                Decision.DEFAULT_OPTIONS, null, null).evaluation().first()).isNotEqualTo("go");
    }

    @Test
    void theLearningCurveFollowsTheGuidesScale() {
        MatrixDefinition.Criterion learning = content.criteria().stream().filter(c -> c.key().equals("learning-curve"))
                .findFirst().orElseThrow();
        assertThat(learning.score("python")).isGreaterThan(learning.score("go"));
        assertThat(learning.score("go")).isGreaterThan(learning.score("rust"));
        content.criteria().forEach(c -> c.ratings().values().forEach(r -> assertThat(r.note()).isNotBlank()));
        assertThat(content.languageKeys()).contains("java", "kotlin", "typescript", "csharp");
    }

    @Test
    void aPythonTeamOnATightTimelineOutweighsTheFrameworkAndTheDivergenceNamesWhy() {
        Answers goFits = new Answers(true, true, false, true, false, false);
        TeamContext python = TeamContext.of(Map.of("python", TeamContext.Familiarity.EXPERT), null,
                TeamContext.Timeline.WEEKS, TeamContext.Hiring.HARD);
        DecisionModel.Outcome o = DecisionModel.evaluate(content, goFits, Decision.DEFAULT_OPTIONS, python, null);
        assertThat(o.evaluation().first()).isEqualTo("python");
        assertThat(o.divergence()).startsWith("Python ranks first in the matrix although the verdict is “Go is a top contender”")
                .contains("Team familiarity").doesNotContain("0 of 4");
        MatrixDefinition.Criterion familiarity = o.matrix().criteria().stream()
                .filter(c -> c.key().equals("team-familiarity")).findFirst().orElseThrow();
        assertThat(familiarity.score("python")).isEqualTo(5);
        assertThat(familiarity.score("go")).isEqualTo(1);
        assertThat(o.weights()).containsEntry("team-familiarity", 5);
    }

    @Test
    void ownWeightsThatDepartFromTheVerdictAreNamed() {
        Answers notIndicated = new Answers(false, false, false, false, false, false);
        DecisionModel.Outcome o = DecisionModel.evaluate(content, notIndicated, Decision.DEFAULT_OPTIONS, null,
                Map.of("deployment", 5, "learning-curve", 0, "developer-speed", 0, "hiring-pool", 0));
        assertThat(o.evaluation().first()).isEqualTo("go");
        assertThat(o.divergence()).startsWith("Go ranks first in the matrix although the verdict is “Go is not indicated”: Deployment simplicity");
    }
}
