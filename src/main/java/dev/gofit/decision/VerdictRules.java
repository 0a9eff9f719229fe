package dev.gofit.decision;

import java.util.ArrayList;
import java.util.List;

/** The verdict rules the README states ("Decide"), as plain Java so they are unit-tested without booting. */
public final class VerdictRules {

    private VerdictRules() {
    }

    public static Verdict verdict(Answers answers) {
        if (answers.yesCount() < 2) {
            return Verdict.GO_NOT_INDICATED;
        }
        return answers.anyCaution() ? Verdict.GO_WITH_CAVEATS : Verdict.GO_TOP_CONTENDER;
    }

    /** The languages the cautions point to, in a stable order: python, then rust. */
    public static List<String> alternatives(Answers answers) {
        List<String> alternatives = new ArrayList<>(2);
        if (Boolean.TRUE.equals(answers.mlPrototyping())) {
            alternatives.add("python");
        }
        if (Boolean.TRUE.equals(answers.lowLevelMemoryControl())) {
            alternatives.add("rust");
        }
        return alternatives;
    }
}
