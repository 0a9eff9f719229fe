package dev.gofit.pilot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A checkpoint report (day 5, the checkpoint, or day 10, the go / no-go): the pilot's figures as
 * they stood at the end of that day, and GoFit's recommendation from them. Plain Java.
 */
public record PilotReport(PilotView pilot, int day, String title, LocalDate date, List<PilotView.Metric> metrics,
                          String recommendation, List<String> reasons) {

    public static final List<Integer> DAYS = List.of(5, 10);

    public static PilotReport of(PilotView p, int day, ZoneId zone) {
        PilotView.Day d = p.days().stream().filter(x -> x.day() == day).findFirst().orElseThrow();
        Instant until = d.date().plusDays(1).atStartOfDay(zone).toInstant();
        List<PilotView.Metric> metrics = p.metrics().stream().map(m -> asOf(m, until)).toList();
        PilotRecommendation.Reading reading = PilotRecommendation.read(metrics, p.concurrency());
        return new PilotReport(p, day, day == 10 ? "Go / no-go report" : "Checkpoint report", d.date(), metrics,
                reading.recommendation(), reading.reasons());
    }

    /** The metric with only the figures up to {@code until}, its latest one counted against the targets. */
    static PilotView.Metric asOf(PilotView.Metric m, Instant until) {
        List<PilotView.Run> runs = m.runs().stream().filter(r -> r.at().isBefore(until)).toList();
        if (runs.size() == m.runs().size() && m.actual() != null) {
            return m; // nothing after the day: the metric as it stands (a figure at another N stays "does not count")
        }
        Double actual = runs.isEmpty() ? null : runs.get(runs.size() - 1).value();
        return new PilotView.Metric(m.key(), m.name(), m.category(), m.unit(), m.better(), m.source(), m.howMeasured(),
                m.baseline(), m.minimum(), m.target(), actual, MetricOutcome.of(m.better(), m.minimum(), m.target(), actual),
                null, m.origin(), runs);
    }

    public String recommendationLabel() {
        return switch (recommendation) {
            case "GO" -> "Go";
            case "GO_WITH_DOUBTS" -> "Go, with doubts";
            case "NO_GO" -> "No-go";
            default -> "Incomplete";
        };
    }
}
