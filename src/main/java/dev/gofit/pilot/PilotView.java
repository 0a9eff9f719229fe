package dev.gofit.pilot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pilot as pages, exports and the JSON API show it: charter, metrics with their outcome,
 * the latest measurement and GoFit's reading of the results. Built inside a transaction, so
 * rendering never touches lazy associations.
 */
public record PilotView(long id, Long decisionId, String decisionTitle, String service, String owner, String team,
                        LocalDate startDate, LocalDate endDate, String hypothesis,
                        List<String> scopeIn, List<String> scopeOut, List<Day> days, List<Metric> metrics,
                        List<Risk> risks, List<String> criteria, int concurrency, int requests,
                        String endpoint, String method, String requestBody, String outcome,
                        Measurement latestMeasurement, String recommendation, Instant updatedAt) {

    public record Day(int day, LocalDate date, String week, String kind, String focus) {
        public String weekday() {
            return date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        }

        public boolean milestone() {
            return !"work".equals(kind);
        }

        public String label() {
            return switch (kind) {
                case "checkpoint" -> "Checkpoint";
                case "go-no-go" -> "Go / no-go";
                default -> week.equals("build") ? "Build" : "Validate";
            };
        }
    }

    public record Metric(String key, String name, String category, String unit, String better, String source,
                         String howMeasured, Double baseline, double minimum, double target, Double actual,
                         MetricOutcome outcome, Integer measuredConcurrency) {

        /** A catalogue name with {@code {concurrency}} filled in, so it follows the charter's N when that changes. */
        static String named(String name, int concurrency) {
            return name.replace("{concurrency}", Integer.toString(concurrency));
        }

        public boolean manual() {
            return "manual".equals(source);
        }

        /** A load figure from a run at another concurrency than the charter's: shown, but not counted. */
        public boolean otherConcurrency() {
            return outcome == MetricOutcome.OTHER_CONCURRENCY;
        }

        public String baselineText() {
            return baseline == null ? "–" : PilotDrafter.number(baseline);
        }

        public String minimumText() {
            return PilotDrafter.number(minimum);
        }

        public String targetText() {
            return PilotDrafter.number(target);
        }

        public String actualText() {
            return actual == null ? "–" : PilotDrafter.number(actual);
        }

        /** "≤ 120 ms" or "≥ 700 req/s": how the target reads. */
        public String goal() {
            return ("lower".equals(better) ? "≤ " : "≥ ") + targetText() + " " + unit;
        }

        public Chart chart() {
            return Chart.of(this);
        }
    }

    /** Geometry of the server-rendered SVG bar of one metric against its minimum and target. */
    public record Chart(int width, int barWidth, int minimumX, int targetX, Integer baselineX, String fill,
                        String description) {
        static final int WIDTH = 300;

        static Chart of(Metric m) {
            double top = Math.max(Math.max(m.minimum(), m.target()),
                    Math.max(m.baseline() == null ? 0 : m.baseline(), m.actual() == null ? 0 : m.actual()));
            double scale = top <= 0 ? 1 : (WIDTH - 10) / (top * 1.1);
            String fill = switch (m.outcome()) {
                case TARGET_MET -> "#1a7f37";
                case MINIMUM_MET -> "#9a6700";
                case MISSED -> "#c62828";
                case NOT_MEASURED -> "#d9dee5";
                case OTHER_CONCURRENCY -> "#8a94a3";
            };
            String description = m.name() + ": " + (m.actual() == null ? "not measured yet" : m.actualText() + " " + m.unit()
                    + (m.measuredConcurrency() == null ? "" : " at " + m.measuredConcurrency() + " concurrent"))
                    + "; minimum " + m.minimumText() + ", target " + m.targetText() + " " + m.unit()
                    + (m.baseline() == null ? "" : ", baseline " + m.baselineText()) + "; " + m.outcome().label;
            return new Chart(WIDTH, (int) Math.round((m.actual() == null ? 0 : m.actual()) * scale),
                    (int) Math.round(m.minimum() * scale), (int) Math.round(m.target() * scale),
                    m.baseline() == null ? null : (int) Math.round(m.baseline() * scale), fill, description);
        }
    }

    public record Risk(String risk, String mitigation) {
    }

    /**
     * A load measurement as shown with the pilot.
     *
     * @param counts it ran at the charter's concurrency N, so its figures count against the targets
     * @param note   why it does not count, or null
     */
    public record Measurement(String endpoint, String method, int concurrency, int requested, int completed, int ok,
                              int errors, double p50Ms, double p95Ms, double p99Ms, double maxMs, double throughputRps,
                              long durationMs, boolean stoppedEarly, String firstError, Instant measuredAt,
                              boolean counts, String note) {

        static String note(int concurrency, int agreedConcurrency) {
            return concurrency == agreedConcurrency ? null : "This measurement ran at " + concurrency
                    + " concurrent requests, not at the charter's " + agreedConcurrency
                    + ": it does not count toward p95 latency and throughput. Measure at " + agreedConcurrency
                    + ", or change the charter's concurrency.";
        }
    }

    public LocalDate checkpointDate() {
        return dateOf("checkpoint");
    }

    public LocalDate goNoGoDate() {
        return dateOf("go-no-go");
    }

    private LocalDate dateOf(String kind) {
        return days.stream().filter(d -> d.kind().equals(kind)).map(Day::date).findFirst().orElse(endDate);
    }

    public long metricsMet() {
        return metrics.stream().filter(m -> m.outcome().met()).count();
    }

    public long targetsMet() {
        return metrics.stream().filter(m -> m.outcome() == MetricOutcome.TARGET_MET).count();
    }

    /** Metrics with a figure that counts against their targets. */
    public long metricsMeasured() {
        return metrics.stream().filter(m -> !m.outcome().pending()).count();
    }

    /** The go / no-go outcome is recorded; it stands. */
    public boolean closed() {
        return outcome != null;
    }

    public String outcomeLabel() {
        if (outcome == null) {
            return "not decided yet";
        }
        return "GO".equals(outcome) ? "Go" : "No-go";
    }

    /**
     * GoFit's reading of the figures against the go / no-go rule of thumb: every metric at
     * least at its minimum and half of them at target is GO; a missed minimum is NO_GO.
     */
    static String recommend(List<Metric> metrics) {
        if (metrics.stream().anyMatch(m -> m.outcome() == MetricOutcome.MISSED)) {
            return "NO_GO";
        }
        if (metrics.stream().anyMatch(m -> m.outcome().pending())) {
            return "INCOMPLETE";
        }
        long targets = metrics.stream().filter(m -> m.outcome() == MetricOutcome.TARGET_MET).count();
        return targets * 2 >= metrics.size() ? "GO" : "GO_WITH_DOUBTS";
    }

    public String recommendationText() {
        return switch (recommendation) {
            case "GO" -> "Go: every metric meets its minimum and at least half meet their target.";
            case "GO_WITH_DOUBTS" -> "Leaning go: every metric meets its minimum, but fewer than half meet their target.";
            case "NO_GO" -> "No-go: at least one metric misses its minimum.";
            default -> {
                long other = metrics.stream().filter(m -> m.outcome() == MetricOutcome.OTHER_CONCURRENCY).count();
                yield "Not yet: " + (metrics.size() - metricsMeasured()) + " of " + metrics.size()
                        + " metrics have no figure" + (other == 0 ? "." : " that counts (" + other
                        + " measured at another concurrency than the charter's " + concurrency + ").");
            }
        };
    }
}
