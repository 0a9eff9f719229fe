package dev.gofit.takehome;

/** Where a review is in its life; FAILED means GoFit could not run it (the endpoint's faults are DONE with FAILs). */
public enum ReviewStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
