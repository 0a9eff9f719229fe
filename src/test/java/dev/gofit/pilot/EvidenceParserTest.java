package dev.gofit.pilot;

import dev.gofit.pilot.EvidenceParser.Bound;
import dev.gofit.pilot.EvidenceParser.Evidence;
import dev.gofit.pilot.EvidenceParser.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            p99 under 50 ms                               | P99_LATENCY | AT_MOST  | 50     | ms
            p95 < 120ms                                   | P95_LATENCY | AT_MOST  | 120    | ms
            P95 latency below 0.2 s                       | P95_LATENCY | AT_MOST  | 200    | ms
            median response time under 8 ms               | P50_LATENCY | AT_MOST  | 8      | ms
            99th percentile within 40 milliseconds        | P99_LATENCY | AT_MOST  | 40     | ms
            response times under 300 ms today             | LATENCY     | AT_MOST  | 300    | ms
            10k concurrent connections                    | CONCURRENCY | AT_LEAST | 10000  | connections
            at least 2,500 simultaneous users             | CONCURRENCY | AT_LEAST | 2500   | connections
            5,000 req/s                                   | THROUGHPUT  | AT_LEAST | 5000   | req/s
            peaks of 12k requests per second              | THROUGHPUT  | AT_LEAST | 12000  | req/s
            more than 800 rps                             | THROUGHPUT  | AT_LEAST | 800    | req/s
            memory under 256 MB                           | MEMORY      | AT_MOST  | 256    | MB
            RSS below 1.5 GB per pod                      | MEMORY      | AT_MOST  | 1536   | MB
            starts in 2 s                                 | STARTUP     | AT_MOST  | 2000   | ms
            cold start under 300 ms                       | STARTUP     | AT_MOST  | 300    | ms
            start-up time < 1.5 seconds                   | STARTUP     | AT_MOST  | 1500   | ms
            """)
    void readsOnePhrase(String phrase, Metric metric, Bound bound, double value, String unit) {
        List<Evidence> found = EvidenceParser.parse(phrase);
        assertThat(found).hasSize(1);
        Evidence e = found.get(0);
        assertThat(e.metric()).isEqualTo(metric);
        assertThat(e.bound()).isEqualTo(bound);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.unit()).isEqualTo(unit);
    }

    @Test
    void readsEachClaimOfASentenceWithItsOwnWords() {
        List<Evidence> found = EvidenceParser.parse("p95 under 50 ms at 1,000 concurrent requests; memory under 256 MB, "
                + "and it starts in 2 s.");
        assertThat(found).extracting(Evidence::metric)
                .containsExactly(Metric.P95_LATENCY, Metric.CONCURRENCY, Metric.MEMORY, Metric.STARTUP);
        assertThat(found).extracting(Evidence::value).containsExactly(50.0, 1000.0, 256.0, 2000.0);
        assertThat(found.get(0).phrase()).isEqualTo("p95 under 50 ms");
    }

    @Test
    void leavesOutWhatIsNoTargetOrNoFigure() {
        assertThat(EvidenceParser.parse("We run 3 services on 2 hosts; p99 spikes over 2 s hurt us.")).isEmpty();
        assertThat(EvidenceParser.parse("Version 1.21 of Go, 95th percentile matters")).isEmpty();
        assertThat(EvidenceParser.parse(null)).isEmpty();
    }
}
