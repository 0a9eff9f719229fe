package dev.gofit.decision;

/** The outcome of the 4-point Go-fit framework (names are public: see the README's JSON API section). */
public enum Verdict {
    /** Two or more "yes" and no caution. */
    GO_TOP_CONTENDER("Go is a top contender", "ok"),
    /** Two or more "yes", but ML prototyping or low-level memory control points elsewhere too. */
    GO_WITH_CAVEATS("Go fits, with caveats", "warn"),
    /** Fewer than two "yes". */
    GO_NOT_INDICATED("Go is not indicated", "bad");

    private final String label;
    private final String cssClass;

    Verdict(String label, String cssClass) {
        this.label = label;
        this.cssClass = cssClass;
    }

    /** The verdict in words, as the pages and the ADR show it. */
    public String label() {
        return label;
    }

    /** The colour class of the pages ({@code ok}, {@code warn}, {@code bad}). */
    public String cssClass() {
        return cssClass;
    }
}
