package dev.gofit.demo;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryCallRecorderTest {

    /** A wall-clock arrival: 2026-11-27T15:00:00Z in microseconds. */
    private static final long WALL = UpstreamCall.epochMicros(Instant.parse("2026-11-27T15:00:00Z"));

    private static CallRecorder.Recording start(CallRecorder recorder, String runId, long nanos) {
        return recorder.start(runId, Source.USER, nanos, WALL);
    }

    @Test
    void recordsArrivalAnswerAndHangUpPerRun() {
        CallRecorder recorder = new InMemoryCallRecorder(10, Long.MAX_VALUE / 2);
        long t0 = System.nanoTime();
        recorder.start("a", Source.USER, t0, WALL).answered(t0 + 5_000, 200, "n1", "{}");
        CallRecorder.Recording emb = recorder.start("a", Source.EMBEDDINGS, t0 + 1_000, WALL + 1);
        emb.hungUp(t0 + 7_000);
        emb.answered(t0 + 9_000, 200, "late", "{}");
        assertThat(emb.ended()).isTrue();

        assertThat(recorder.callsFor("a")).satisfiesExactly(
                u -> assertThat(u).isEqualTo(new UpstreamCall("a", Source.USER, t0, t0 + 5_000, -1, 200, "n1", "{}", WALL)),
                e -> {
                    assertThat(e.callerHungUp()).isTrue();
                    assertThat(e.answered()).isFalse();
                    assertThat(e.endNanos()).isEqualTo(t0 + 7_000);
                    assertThat(e.hungUpEpochMicros()).isEqualTo(WALL + 1 + 6);
                    assertThat(e.answeredEpochMicros()).isEqualTo(-1);
                });
        assertThat(recorder.callsFor("b")).isEmpty();
    }

    @Test
    void boundedByRunCountOldestFirst() {
        InMemoryCallRecorder recorder = new InMemoryCallRecorder(3, Long.MAX_VALUE / 2);
        long t = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            start(recorder, "run-" + i, t + i);
        }
        assertThat(recorder.size()).isEqualTo(3);
        assertThat(recorder.callsFor("run-0")).isEmpty();
        assertThat(recorder.callsFor("run-9")).hasSize(1);
    }

    @Test
    void boundedByAgeAndByCallsPerRun() {
        InMemoryCallRecorder recorder = new InMemoryCallRecorder(100, 1_000);
        long old = System.nanoTime() - 1_000_000;
        start(recorder, "old", old);
        assertThat(recorder.callsFor("old")).isEmpty();
        start(recorder, "new", System.nanoTime());
        assertThat(recorder.size()).isEqualTo(1);

        InMemoryCallRecorder roomy = new InMemoryCallRecorder(100, Long.MAX_VALUE / 2);
        for (int i = 0; i < 500; i++) {
            start(roomy, "busy", System.nanoTime());
        }
        assertThat(roomy.callsFor("busy")).hasSize(InMemoryCallRecorder.MAX_CALLS_PER_RUN);
    }

    @Test
    void wallClockTimesAreMicrosecondsSinceTheEpochAndUnknownWithoutAnArrival() {
        assertThat(UpstreamCall.epochMicros(Instant.ofEpochSecond(1, 2_345_678))).isEqualTo(1_002_345L);
        UpstreamCall monotonicOnly = new UpstreamCall("r", Source.USER, 10, 2_010, -1, 200, "n", "{}");
        assertThat(monotonicOnly.arrivedEpochMicros()).isEqualTo(-1);
        assertThat(monotonicOnly.endEpochMicros()).isEqualTo(-1);
        UpstreamCall open = new UpstreamCall("r", Source.USER, 10, -1, -1, 0, null, null, WALL);
        assertThat(open.endEpochMicros()).isEqualTo(-1);
    }
}
