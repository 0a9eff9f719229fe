package dev.gofit.pilot;

import dev.gofit.content.ContentException;
import dev.gofit.decision.Answers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PilotDrafterTest {

    private static final PilotContent CONTENT = PilotTemplatesFixture.content();
    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

    private static Answers answers(boolean concurrency, boolean io, boolean deploy, boolean services) {
        return new Answers(concurrency, io, deploy, services, false, false);
    }

    private static Map<String, PilotDraft.Metric> byKey(PilotDraft draft) {
        return draft.metrics().stream().collect(Collectors.toMap(PilotDraft.Metric::key, Function.identity()));
    }

    @Test
    void aPilotOnItsOwnGetsTheCatalogueDefaults() {
        PilotDraft draft = CONTENT.drafter().draft("Orders API", MONDAY, null, Set.of());
        Map<String, PilotDraft.Metric> m = byKey(draft);
        assertThat(m.keySet()).containsExactlyInAnyOrder("p95-latency", "throughput", "memory-footprint", "startup-time",
                "time-to-first-deploy", "lead-time", "deployment-frequency", "onboarding-time");
        assertThat(m.get("p95-latency").target()).isEqualTo(120);
        assertThat(m.get("throughput").minimum()).isEqualTo(400);
        assertThat(draft.concurrency()).isEqualTo(20);
        assertThat(draft.hypothesis()).startsWith("If we build Orders API in Go, then p95 latency stays under 120 ms")
                .contains("at 20 concurrent requests").contains("cheap concurrency should do better");
        assertThat(draft.risks()).hasSize(4);
        assertThat(draft.scopeIn()).anyMatch(s -> s.startsWith("Orders API: "));
    }

    @Test
    void concurrencyYesRaisesThroughputAndTheLoadAndAddsTheGoroutineRisk() {
        PilotDraft draft = CONTENT.drafter().draft("Feed", MONDAY, answers(true, false, false, false), Set.of());
        Map<String, PilotDraft.Metric> m = byKey(draft);
        assertThat(m.get("throughput").minimum()).isEqualTo(800);
        assertThat(m.get("throughput").target()).isEqualTo(1500);
        assertThat(m.get("p95-latency").target()).isEqualTo(100);
        assertThat(draft.concurrency()).isEqualTo(100);
        assertThat(draft.requests()).isEqualTo(2000);
        assertThat(draft.hypothesis()).contains("at 100 concurrent requests").contains("goroutines and channels");
        assertThat(draft.risks()).anyMatch(r -> r.risk().contains("goroutines"));
    }

    @Test
    void severalYesAnswersKeepTheMostDemandingFigure() {
        PilotDraft draft = CONTENT.drafter().draft("Gateway", MONDAY, answers(true, true, false, false), Set.of());
        Map<String, PilotDraft.Metric> m = byKey(draft);
        // ioPerformance asks p95 <= 60 ms, concurrency <= 100 ms: 60 wins. Throughput: concurrency's 1500 wins over 900.
        assertThat(m.get("p95-latency").target()).isEqualTo(60);
        assertThat(m.get("p95-latency").minimum()).isEqualTo(150);
        assertThat(m.get("throughput").target()).isEqualTo(1500);
        assertThat(draft.hypothesis()).contains("under 60 ms").contains("goroutines").contains(" and Go's network stack");
    }

    @Test
    void simpleDeploymentTightensStartupMemoryAndFirstDeploy() {
        Map<String, PilotDraft.Metric> m = byKey(CONTENT.drafter().draft("CLI", MONDAY, answers(false, false, true, false), Set.of()));
        assertThat(m.get("startup-time").target()).isEqualTo(200);
        assertThat(m.get("memory-footprint").target()).isEqualTo(64);
        assertThat(m.get("time-to-first-deploy").target()).isEqualTo(1);
        assertThat(m.get("deployment-frequency").target()).isEqualTo(15);
    }

    @Test
    void servicesOrToolingTightensTheProductivityMetrics() {
        Map<String, PilotDraft.Metric> m = byKey(CONTENT.drafter().draft("Svc", MONDAY, answers(false, false, false, true), Set.of()));
        assertThat(m.get("lead-time").target()).isEqualTo(4);
        assertThat(m.get("onboarding-time").target()).isEqualTo(2);
        assertThat(m.get("p95-latency").target()).isEqualTo(120);
    }

    @Test
    void tenDaysWithTheCheckpointOnDayFiveAndTheGoNoGoOnDayTen() {
        PilotDraft draft = CONTENT.drafter().draft("Svc", LocalDate.parse("2026-12-21"), null,
                Set.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01")));
        assertThat(draft.days()).hasSize(10);
        assertThat(draft.days().get(4).kind()).isEqualTo("checkpoint");
        assertThat(draft.days().get(9).kind()).isEqualTo("go-no-go");
        assertThat(draft.days().get(9).date()).isEqualTo(LocalDate.parse("2027-01-05"));
        assertThat(draft.days().subList(0, 5)).allMatch(d -> d.week().equals("build"));
        assertThat(draft.days().subList(5, 10)).allMatch(d -> d.week().equals("validate"));
    }

    @Test
    void everyAnswerCombinationDraftsTargetsAtLeastAsDemandingAsMinimums() {
        assertThat(PilotContent.crossCheck(CONTENT.templates())).isNull();
    }

    @Test
    void anUnknownPlaceholderStopsTheStartWithFileAndProblem(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Path.of("content", "pilot.yaml")).replace("{because}", "{becuase}");
        Files.writeString(dir.resolve("pilot.yaml"), yaml);
        assertThatThrownBy(() -> new PilotContent(PilotTemplatesFixture.loader(dir.toString())))
                .isInstanceOf(ContentException.class).hasMessageContaining("pilot.yaml").hasMessageContaining("{becuase}");
    }

    @Test
    void aTargetEasierThanTheMinimumIsAContentError(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(Path.of("content", "pilot.yaml"))
                .replace("    minimum: 200\n    target: 120", "    minimum: 200\n    target: 220");
        Files.writeString(dir.resolve("pilot.yaml"), yaml);
        assertThatThrownBy(() -> new PilotContent(PilotTemplatesFixture.loader(dir.toString())))
                .isInstanceOf(ContentException.class).hasMessageContaining("p95-latency");
    }
}
