package dev.gofit.pilot;

/** How a metric's figure compares with its minimum and target. */
public enum MetricOutcome {
    TARGET_MET("target met", "ok"),
    MINIMUM_MET("minimum met", "warn"),
    MISSED("missed", "bad"),
    NOT_MEASURED("not measured yet", ""),
    /** A load figure from a measurement at another concurrency than the charter's: it does not count. */
    OTHER_CONCURRENCY("measured at another concurrency: does not count", "warn");

    public final String label;
    /** The badge class of app.css. */
    public final String badge;

    MetricOutcome(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public boolean met() {
        return this == TARGET_MET || this == MINIMUM_MET;
    }

    /** Whether the metric still lacks a figure that counts against its targets. */
    public boolean pending() {
        return this == NOT_MEASURED || this == OTHER_CONCURRENCY;
    }

    public static MetricOutcome of(String better, double minimum, double target, Double actual) {
        if (actual == null) {
            return NOT_MEASURED;
        }
        boolean lower = "lower".equals(better);
        if (lower ? actual <= target : actual >= target) {
            return TARGET_MET;
        }
        if (lower ? actual <= minimum : actual >= minimum) {
            return MINIMUM_MET;
        }
        return MISSED;
    }
}
