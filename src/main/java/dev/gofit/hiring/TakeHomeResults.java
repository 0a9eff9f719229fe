package dev.gofit.hiring;

import java.util.List;

/**
 * Measured take-home results for a candidate, shown as evidence under "concurrency mastery".
 * The take-home feature implements it; without one there is no evidence to show.
 */
public interface TakeHomeResults {

    /** One finished review: its score and one line per check. */
    record Result(long reviewId, String endpoint, int score, String status, List<String> evidence, String reportUrl) {
    }

    /** Finished reviews of invites sent to {@code candidateEmail} for {@code checklistId}, newest first. */
    List<Result> forCandidate(String candidateEmail, long checklistId);
}
