package dev.gofit.takehome;

/** The verdict of one check: FAIL = the endpoint behaved wrongly; ERROR = it could not be judged. */
public enum Outcome {
    PASS("ok"), FAIL("bad"), ERROR("warn"), SKIPPED("warn");

    private final String badge;

    Outcome(String badge) {
        this.badge = badge;
    }

    /** The badge class a page shows the verdict with. */
    public String badge() {
        return badge;
    }
}
