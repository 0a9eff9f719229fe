package dev.gofit.decision;

/**
 * The four Go-fit questions and the two cautions. A {@code null} answer is not yet given
 * (a half-finished wizard) and counts as "no" for the verdict.
 */
public record Answers(Boolean concurrency, Boolean ioPerformance, Boolean simpleDeployment, Boolean servicesOrTooling,
                      Boolean mlPrototyping, Boolean lowLevelMemoryControl) {

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
