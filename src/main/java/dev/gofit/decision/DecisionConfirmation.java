package dev.gofit.decision;

import java.util.Optional;

/**
 * What confirmed (or refuted) a decision, for the "Confirmation" section of its ADR.
 * The pilot feature implements it; without one the ADR says how to confirm the decision.
 */
public interface DecisionConfirmation {

    /** Markdown for the ADR's confirmation section, when a pilot exists for the decision. */
    Optional<String> confirmationMarkdown(long decisionId);
}
