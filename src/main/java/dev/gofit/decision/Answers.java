package dev.gofit.decision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The four Go-fit questions and the two cautions. A {@code null} answer is not yet given
 * (a half-finished wizard) and counts as "no" for the verdict.
 */
public record Answers(Boolean concurrency, Boolean ioPerformance, Boolean simpleDeployment, Boolean servicesOrTooling,
                      Boolean mlPrototyping, Boolean lowLevelMemoryControl) {

    /** The four questions, in wizard order (the keys of framework.yaml and of the JSON API). */
    public static final List<String> QUESTION_KEYS = List.of("concurrency", "ioPerformance", "simpleDeployment",
            "servicesOrTooling");
    /** The two cautions, in wizard order. */
    public static final List<String> CAUTION_KEYS = List.of("mlPrototyping", "lowLevelMemoryControl");

    /** The answer to a question or caution by its key (null when not given yet). */
    public Boolean get(String key) {
        return switch (key) {
            case "concurrency" -> concurrency;
            case "ioPerformance" -> ioPerformance;
            case "simpleDeployment" -> simpleDeployment;
            case "servicesOrTooling" -> servicesOrTooling;
            case "mlPrototyping" -> mlPrototyping;
            case "lowLevelMemoryControl" -> lowLevelMemoryControl;
            default -> throw new IllegalArgumentException("unknown answer key " + key);
        };
    }

    /** The keys of every question and caution answered "yes". */
    public Set<String> yesKeys() {
        Set<String> yes = new LinkedHashSet<>();
        for (String key : QUESTION_KEYS) {
            if (Boolean.TRUE.equals(get(key))) {
                yes.add(key);
            }
        }
        for (String key : CAUTION_KEYS) {
            if (Boolean.TRUE.equals(get(key))) {
                yes.add(key);
            }
        }
        return yes;
    }

    /** True when all four questions and both cautions have an answer. */
    public boolean complete() {
        return Stream.concat(QUESTION_KEYS.stream(), CAUTION_KEYS.stream()).allMatch(k -> get(k) != null);
    }

    public int yesCount() {
        return yes(concurrency) + yes(ioPerformance) + yes(simpleDeployment) + yes(servicesOrTooling);
    }

    public boolean anyCaution() {
        return Boolean.TRUE.equals(mlPrototyping) || Boolean.TRUE.equals(lowLevelMemoryControl);
    }

    private static int yes(Boolean answer) {
        return Boolean.TRUE.equals(answer) ? 1 : 0;
    }
}
