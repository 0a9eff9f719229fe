package dev.gofit.decision;

/** Lifecycle of a decision record: draft (wizard unfinished) → proposed → accepted / rejected → superseded. */
public enum DecisionStatus {
    DRAFT, PROPOSED, ACCEPTED, REJECTED, SUPERSEDED
}
