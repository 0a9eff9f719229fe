package dev.gofit.pilot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * GoFit's go / no-go reading of a pilot's figures, with its reasons, and what a close against it
 * needs a written reason for. Plain Java, unit-tested without booting.
 */
public final class PilotRecommendation {

    public static final String GO = "GO";
    public static final String GO_WITH_DOUBTS = "GO_WITH_DOUBTS";
    public static final String NO_GO = "NO_GO";
    public static final String INCOMPLETE = "INCOMPLETE";

    private PilotRecommendation() {
    }

    /** The recommendation and one sentence per reason. */
    public record Reading(String recommendation, List<String> reasons) {
    }

    /**
     * Every metric at least at its minimum and half of them at target is GO; fewer at target is
     * GO_WITH_DOUBTS; a missed minimum is NO_GO; a metric without a figure that counts is INCOMPLETE.
     */
    public static Reading read(List<PilotView.Metric> metrics, int concurrency) {
        List<String> missed = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (PilotView.Metric m : metrics) {
            switch (m.outcome()) {
                case MISSED -> missed.add(m.name() + ": " + m.actualText() + " " + m.actualUnit() + " misses the minimum "
                        + ("lower".equals(m.better()) ? "of at most " : "of at least ") + m.minimumText() + " " + m.unit() + ".");
                case NOT_MEASURED -> pending.add(m.name() + " has no figure yet.");
                case OTHER_CONCURRENCY -> pending.add(m.name() + " was measured at " + m.measuredConcurrency()
                        + " concurrent requests, not the charter's " + concurrency + ": it does not count.");
                default -> { }
            }
        }
        if (!missed.isEmpty()) {
            return new Reading(NO_GO, missed);
        }
        if (!pending.isEmpty()) {
            return new Reading(INCOMPLETE, pending);
        }
        long targets = metrics.stream().filter(m -> m.outcome() == MetricOutcome.TARGET_MET).count();
        String summary = "All " + metrics.size() + " metrics meet their minimum; " + targets + " of " + metrics.size()
                + " meet their target.";
        return new Reading(targets * 2 >= metrics.size() ? GO : GO_WITH_DOUBTS, List.of(summary));
    }

    /**
     * What makes closing with this outcome need a written reason: against the recommendation, a
     * metric without a figure that counts, or before the go / no-go day. Empty when none is needed.
     */
    public static List<String> reasonNeeded(PilotView p, boolean go, LocalDate today) {
        return reasonNeeded(new Reading(p.recommendation(), p.recommendationReasons()), p.metrics(), p.goNoGoDate(), go,
                today);
    }

    public static List<String> reasonNeeded(Reading reading, List<PilotView.Metric> metrics, LocalDate goNoGoDay,
                                            boolean go, LocalDate today) {
        List<String> needs = new ArrayList<>();
        String r = reading.recommendation();
        if (go && NO_GO.equals(r)) {
            needs.add("GoFit recommends no-go (" + String.join(" ", reading.reasons()) + ")");
        } else if (!go && (GO.equals(r) || GO_WITH_DOUBTS.equals(r))) {
            needs.add("GoFit recommends go (" + String.join(" ", reading.reasons()) + ")");
        }
        List<String> unmeasured = metrics.stream().filter(m -> m.outcome().pending()).map(PilotView.Metric::name).toList();
        if (!unmeasured.isEmpty()) {
            needs.add(unmeasured.size() + " of " + metrics.size() + " metrics have no figure that counts ("
                    + String.join(", ", unmeasured) + ")");
        }
        if (today.isBefore(goNoGoDay)) {
            needs.add("the go / no-go day is " + PilotMarkdown.DAY.format(goNoGoDay) + ", after today");
        }
        return needs;
    }
}
