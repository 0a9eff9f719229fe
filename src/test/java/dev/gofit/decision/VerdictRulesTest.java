package dev.gofit.decision;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictRulesTest {

    /** Every one of the 2^4 answer combinations times the 2^2 caution combinations. */
    @Test
    void verdictAndAlternativesFollowTheRulesForAll64Combinations() {
        int checked = 0;
        for (int bits = 0; bits < 64; bits++) {
            boolean[] b = new boolean[6];
            for (int i = 0; i < 6; i++) {
                b[i] = (bits & (1 << i)) != 0;
            }
            Answers answers = new Answers(b[0], b[1], b[2], b[3], b[4], b[5]);
            int yes = (b[0] ? 1 : 0) + (b[1] ? 1 : 0) + (b[2] ? 1 : 0) + (b[3] ? 1 : 0);
            boolean caution = b[4] || b[5];
            Verdict expected = yes < 2 ? Verdict.GO_NOT_INDICATED
                    : caution ? Verdict.GO_WITH_CAVEATS : Verdict.GO_TOP_CONTENDER;
            List<String> alternatives = new ArrayList<>();
            if (b[4]) {
                alternatives.add("python");
            }
            if (b[5]) {
                alternatives.add("rust");
            }
            assertThat(answers.yesCount()).as("yes count for %s", answers).isEqualTo(yes);
            assertThat(VerdictRules.verdict(answers)).as("verdict for %s", answers).isEqualTo(expected);
            assertThat(VerdictRules.alternatives(answers)).as("alternatives for %s", answers).isEqualTo(alternatives);
            checked++;
        }
        assertThat(checked).isEqualTo(64);
    }

    @Test
    void verdictIsTopContenderWithTwoYesAndNoCaution() {
        assertThat(VerdictRules.verdict(new Answers(true, true, false, false, false, false)))
                .isEqualTo(Verdict.GO_TOP_CONTENDER);
    }

    @Test
    void oneYesIsNotEnoughEvenWithoutCautions() {
        assertThat(VerdictRules.verdict(new Answers(true, false, false, false, false, false)))
                .isEqualTo(Verdict.GO_NOT_INDICATED);
    }

    @Test
    void unansweredQuestionsCountAsNoInAHalfFinishedDraft() {
        Answers draft = new Answers(true, null, null, null, null, null);
        assertThat(draft.yesCount()).isEqualTo(1);
        assertThat(draft.complete()).isFalse();
        assertThat(VerdictRules.verdict(draft)).isEqualTo(Verdict.GO_NOT_INDICATED);
    }

    @Test
    void yesKeysNameQuestionsAndCautionsAnsweredYes() {
        assertThat(new Answers(true, false, true, null, false, true).yesKeys())
                .containsExactly("concurrency", "simpleDeployment", "lowLevelMemoryControl");
    }
}
