package dev.gofit.decision;

/** Lifecycle of a decision record: draft (wizard unfinished) → proposed → accepted / rejected → superseded. */
public enum DecisionStatus {
    DRAFT("Draft", "warn"),
    PROPOSED("Proposed", "warn"),
    ACCEPTED("Accepted", "ok"),
    REJECTED("Rejected", "bad"),
    SUPERSEDED("Superseded", "");

    private final String label;
    private final String cssClass;

    DecisionStatus(String label, String cssClass) {
        this.label = label;
        this.cssClass = cssClass;
    }

    /** The word a page shows. */
    public String label() {
        return label;
    }

    /** The badge colour class of the pages ({@code ok}, {@code warn}, {@code bad}). */
    public String cssClass() {
        return cssClass;
    }

    /** Accepted or rejected: the deciders have spoken. */
    public boolean decided() {
        return this == ACCEPTED || this == REJECTED;
    }

    /** Weights (and the options) may change only before a decision is taken. */
    public boolean open() {
        return this == DRAFT || this == PROPOSED;
    }
}
