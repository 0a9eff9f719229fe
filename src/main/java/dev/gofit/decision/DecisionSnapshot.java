package dev.gofit.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a decision said at one revision (stored as JSON in {@link DecisionRevision}): its answers, the weights,
 * scores and ranking it was evaluated with, the fingerprint of that content, and the deciders' choice.
 * Fields added later are null in revisions saved before them.
 */
public record DecisionSnapshot(int revision, String title, String description, String teamContext, DecisionStatus status,
                               Map<String, Boolean> answers, Map<String, String> notes, Map<String, Integer> weights,
                               Verdict verdict, List<String> ranking, Instant updatedAt, List<String> options,
                               Map<String, Double> scores, String contentVersion, String chosenOption, String rationale) {
}
