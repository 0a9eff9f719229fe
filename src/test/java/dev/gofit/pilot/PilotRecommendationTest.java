package dev.gofit.pilot;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PilotRecommendationTest {

    private static final LocalDate GO_NO_GO = LocalDate.parse("2026-12-18");

    private static PilotView.Metric metric(String name, String better, double minimum, double target, Double actual) {
        return new PilotView.Metric(name, name, "performance", "ms", better, "manual", null, null, minimum, target, actual,
                MetricOutcome.of(better, minimum, target, actual), null, null, List.of());
    }

    @Test
    void everyMinimumAndHalfTheTargetsIsGo() {
        var r = PilotRecommendation.read(List.of(metric("a", "lower", 150, 60, 50.0), metric("b", "higher", 400, 800, 500.0)), 20);
        assertThat(r.recommendation()).isEqualTo("GO");
        assertThat(r.reasons()).containsExactly("All 2 metrics meet their minimum; 1 of 2 meet their target.");
    }

    @Test
    void fewerThanHalfAtTargetIsGoWithDoubts() {
        var r = PilotRecommendation.read(List.of(metric("a", "lower", 150, 60, 100.0), metric("b", "lower", 150, 60, 100.0),
                metric("c", "lower", 150, 60, 10.0)), 20);
        assertThat(r.recommendation()).isEqualTo("GO_WITH_DOUBTS");
    }

    @Test
    void aMissedMinimumIsNoGoAndNamesTheMetric() {
        var r = PilotRecommendation.read(List.of(metric("p95 latency", "lower", 150, 60, 180.0),
                metric("b", "lower", 150, 60, null)), 20);
        assertThat(r.recommendation()).isEqualTo("NO_GO");
        assertThat(r.reasons()).containsExactly("p95 latency: 180 ms misses the minimum of at most 150 ms.");
    }

    @Test
    void aMetricWithoutAFigureIsIncomplete() {
        var r = PilotRecommendation.read(List.of(metric("a", "lower", 150, 60, 50.0), metric("Memory", "lower", 192, 64, null)), 20);
        assertThat(r.recommendation()).isEqualTo("INCOMPLETE");
        assertThat(r.reasons()).containsExactly("Memory has no figure yet.");
    }

    @Test
    void closingAgainstTheReadingUnmeasuredOrEarlyNeedsAReason() {
        List<PilotView.Metric> measured = List.of(metric("a", "lower", 150, 60, 50.0));
        var go = PilotRecommendation.read(measured, 20);
        assertThat(PilotRecommendation.reasonNeeded(go, measured, GO_NO_GO, true, GO_NO_GO)).isEmpty();
        assertThat(PilotRecommendation.reasonNeeded(go, measured, GO_NO_GO, false, GO_NO_GO))
                .containsExactly("GoFit recommends go (All 1 metrics meet their minimum; 1 of 1 meet their target.)");
        assertThat(PilotRecommendation.reasonNeeded(go, measured, GO_NO_GO, true, GO_NO_GO.minusDays(1)))
                .containsExactly("the go / no-go day is Fri 18 Dec 2026, after today");

        List<PilotView.Metric> partly = List.of(metric("a", "lower", 150, 60, 50.0), metric("Memory", "lower", 192, 64, null));
        var incomplete = PilotRecommendation.read(partly, 20);
        assertThat(PilotRecommendation.reasonNeeded(incomplete, partly, GO_NO_GO, true, GO_NO_GO))
                .containsExactly("1 of 2 metrics have no figure that counts (Memory)");
        // No-go on missing figures is not against the reading, but the figure is still missing.
        assertThat(PilotRecommendation.reasonNeeded(incomplete, partly, GO_NO_GO, false, GO_NO_GO)).hasSize(1);

        List<PilotView.Metric> missed = List.of(metric("a", "lower", 150, 60, 180.0));
        var noGo = PilotRecommendation.read(missed, 20);
        assertThat(PilotRecommendation.reasonNeeded(noGo, missed, GO_NO_GO, false, GO_NO_GO)).isEmpty();
        assertThat(PilotRecommendation.reasonNeeded(noGo, missed, GO_NO_GO, true, GO_NO_GO).get(0))
                .startsWith("GoFit recommends no-go (a: 180 ms misses");
    }
}
