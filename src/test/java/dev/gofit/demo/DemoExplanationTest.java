package dev.gofit.demo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoExplanationTest {

    private static final long MS = 1_000_000L;

    private static DemoRun run(boolean sequential, long totalMs, int status, UpstreamCall... calls) {
        return new DemoRun(sequential, 0, totalMs * MS, status, null, null, List.of(calls));
    }

    @Test
    void successComparesTheSlowerDelayWithTheSum() {
        String s = DemoExplanation.sentence(run(true, 352, 200), run(false, 203, 200), 150, 200, 2_500);
        assertThat(s).startsWith("Concurrent took 203 ms").contains("slower one (200 ms of delay)")
                .contains("sequential took 352 ms").contains("150 + 200 ms");
    }

    @Test
    void timeoutOnlyForTheSequentialRun() {
        String s = DemoExplanation.sentence(run(true, 2_501, 504), run(false, 1_900, 200), 1_500, 1_900, 2_500);
        assertThat(s).contains("sequential answered 504 Gateway Timeout").contains("2500 ms timeout");
    }

    @Test
    void failureSeenFirstByBothAndTheCancelledCallIsMentioned() {
        UpstreamCall abandoned = new UpstreamCall("r", Source.EMBEDDINGS, 0, -1, 60 * MS, 0, null, null);
        String s = DemoExplanation.sentence(run(true, 55, 502), run(false, 52, 502, abandoned), 50, 800, 2_500);
        assertThat(s).startsWith("Both answered 502 Bad Gateway after about 52 ms").contains("hung up on the other call");
    }

    @Test
    void timelinesShareAScaleAndPlaceBarsByTime() {
        UpstreamCall user = new UpstreamCall("r", Source.USER, 0, 100 * MS, -1, 200, "n", "{}");
        UpstreamCall emb = new UpstreamCall("r", Source.EMBEDDINGS, 100 * MS, 300 * MS, -1, 500, "n", "{}");
        DemoRun seq = run(true, 310, 502, user, emb);
        long scale = Timeline.scaleMs(List.of(seq, run(false, 120, 200)));
        assertThat(scale).isEqualTo(320);
        Timeline t = Timeline.of(seq, scale);
        assertThat(t.bars()).hasSize(2);
        assertThat(t.bars().get(0).x()).isEqualTo(Timeline.LEFT);
        assertThat(t.bars().get(1).x()).isGreaterThan(t.bars().get(0).x() + t.bars().get(0).width() - 1);
        assertThat(t.bars().get(1).fill()).isEqualTo("#c62828");
        assertThat(t.ticks()).extracting(Timeline.Tick::label).containsExactly("0", "80 ms", "160 ms", "240 ms", "320 ms");
        assertThat(t.description()).contains("Embeddings API: 100–300 ms, HTTP 500");
    }
}
