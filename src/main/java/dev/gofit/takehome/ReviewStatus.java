package dev.gofit.takehome;

/** Where a review is in its life; FAILED means GoFit could not run it (the endpoint's faults are DONE with FAILs). */
public enum ReviewStatus {
    QUEUED("Queued", "warn"),
    RUNNING("Running", "warn"),
    // Neutral once finished: a finished review is not a good one, the score carries the outcome.
    DONE("Finished", "neutral"),
    FAILED("Could not run", "bad");

    private final String label;
    private final String badge;

    ReviewStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    /** The state in words, shown apart from the outcome. */
    public String label() {
        return label;
    }

    /** The badge class of the state. */
    public String badge() {
        return badge;
    }

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
