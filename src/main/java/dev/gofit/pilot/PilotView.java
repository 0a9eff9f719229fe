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
                        Measurement latestMeasurement, String recommendation, List<String> recommendationReasons,
                        String closeReason, String concurrencyOrigin, Integer scheduleHour, Instant archivedAt,
                        List<String> closeOptions, String closeBlocked, LocalDate today, Instant updatedAt) {

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

    /**
     * @param origin where the target came from when the decision's evidence stated it, else null
     * @param runs   every figure over the days: measured at the charter's N, or entered by hand
     */
    public record Metric(String key, String name, String category, String unit, String better, String source,
                         String howMeasured, Double baseline, double minimum, double target, Double actual,
                         MetricOutcome outcome, Integer measuredConcurrency, String origin, List<Run> runs) {

        /** "1 working day", "3 working days": the unit as it reads after a figure. */
        public String unitFor(Double value) {
            return value != null && value == 1 && unit.endsWith("days") ? unit.substring(0, unit.length() - 1) : unit;
        }

        public String actualUnit() {
            return unitFor(actual);
        }

        public PilotTrend trend() {
            return PilotTrend.of(this);
        }

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
    }

    public record Risk(String risk, String mitigation) {
    }

    /** One figure of a metric: when, how much, and whether GoFit measured it or a person entered it (and who). */
    public record Run(Instant at, double value, String source, String author) {
        public static final String MEASURED = "MEASURED";
        public static final String MANUAL = "MANUAL";
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

    /** Whether the close form shows a reason field: closing now would need one for some outcome. */
    public boolean closeNeedsReason() {
        return closeOptions.stream().anyMatch(o -> !PilotRecommendation.reasonNeeded(this, "GO".equals(o), today).isEmpty());
    }

    /** For the close form: what a Go close needs a reason for (empty when none). */
    public List<String> goNeeds() {
        return PilotRecommendation.reasonNeeded(this, true, today);
    }

    public List<String> noGoNeeds() {
        return PilotRecommendation.reasonNeeded(this, false, today);
    }

    public boolean offers(String outcome) {
        return closeOptions.contains(outcome);
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
