package dev.gofit.pilot;

import dev.gofit.pilot.EvidenceParser.Evidence;
import dev.gofit.pilot.EvidenceParser.Metric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures a decision's evidence notes state, turned into the drafted metrics' targets: the
 * stated figure becomes the target (and the minimum when the catalogue's minimum is stricter), and
 * the metric says which note it came from. Plain Java.
 */
public final class EvidenceTargets {

    /** How the wizard's questions are named when a target says where it came from. */
    private static final Map<String, String> QUESTIONS = Map.of("concurrency", "concurrency",
            "ioPerformance", "I/O performance", "simpleDeployment", "deployment", "servicesOrTooling", "services and tooling");

    /** A figure read from a note, with the question it answers. */
    record Found(Evidence evidence, String question) {
        double value() {
            return evidence.value();
        }
    }

    private final List<Found> found;

    private EvidenceTargets(List<Found> found) {
        this.found = found;
    }

    /** @param notes the evidence notes by question key, in the wizard's order; nulls are skipped */
    public static EvidenceTargets of(Map<String, String> notes) {
        List<Found> found = new ArrayList<>();
        new LinkedHashMap<>(notes == null ? Map.<String, String>of() : notes).forEach((question, note) ->
                EvidenceParser.parse(note).forEach(e -> found.add(new Found(e, question))));
        return new EvidenceTargets(found);
    }

    /** The largest concurrency a note states, or null. */
    public Found concurrency() {
        return best(List.of(Metric.CONCURRENCY), true).orElse(null);
    }

    /** "From the decision's note on I/O performance: “p95 under 50 ms”." */
    public String origin(Found f) {
        String question = QUESTIONS.getOrDefault(f.question(), f.question());
        String origin = "From the decision's note on " + question + ": \u201c" + f.evidence().phrase() + "\u201d";
        return switch (f.evidence().metric()) {
            case P99_LATENCY -> origin + " (a p99 bound holds p95 too).";
            case LATENCY -> origin + " (read as p95).";
            default -> origin + ".";
        };
    }

    /** The metric with a stated figure as its target, or as drafted when no note states one. */
    public PilotDraft.Metric apply(PilotDraft.Metric m) {
        Optional<Found> stated = switch (m.source()) {
            // p95 first; a p99 bound is also one on p95 (p95 <= p99); a bare "latency" is read as p95.
            case "load-p95" -> best(List.of(Metric.P95_LATENCY), false)
                    .or(() -> best(List.of(Metric.P99_LATENCY), false))
                    .or(() -> best(List.of(Metric.LATENCY), false));
            case "load-throughput" -> best(List.of(Metric.THROUGHPUT), true);
            default -> switch (m.key()) {
                case "memory-footprint" -> best(List.of(Metric.MEMORY), false);
                case "startup-time" -> best(List.of(Metric.STARTUP), false);
                default -> Optional.empty();
            };
        };
        if (stated.isEmpty()) {
            return m;
        }
        double target = stated.get().value();
        boolean lower = "lower".equals(m.better());
        // The minimum may not be more demanding than the target the decision states.
        double minimum = lower ? Math.max(m.minimum(), target) : Math.min(m.minimum(), target);
        return new PilotDraft.Metric(m.key(), m.name(), m.category(), m.unit(), m.better(), m.source(), m.howMeasured(),
                m.baseline(), minimum, target, origin(stated.get()));
    }

    /** The most demanding stated figure of these metrics: the highest when higher is better. */
    private Optional<Found> best(List<Metric> metrics, boolean higher) {
        Comparator<Found> byValue = Comparator.comparingDouble(Found::value);
        return found.stream().filter(f -> metrics.contains(f.evidence().metric()))
                .max(higher ? byValue : byValue.reversed());
    }
}
