package dev.gofit.decision;

/** The outcome of the 4-point Go-fit framework (names are public: shared/api.md). */
public enum Verdict {
    /** Two or more "yes" and no caution. */
    GO_TOP_CONTENDER,
    /** Two or more "yes", but ML prototyping or low-level memory control points elsewhere too. */
    GO_WITH_CAVEATS,
    /** Fewer than two "yes". */
    GO_NOT_INDICATED
}
