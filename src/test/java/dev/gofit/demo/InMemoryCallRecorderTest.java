package dev.gofit.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryCallRecorderTest {

    @Test
    void recordsArrivalAnswerAndHangUpPerRun() {
        InMemoryCallRecorder recorder = new InMemoryCallRecorder(10, Long.MAX_VALUE / 2);
        long t0 = System.nanoTime();
        recorder.start("a", Source.USER, t0).answered(t0 + 5, 200, "n1", "{}");
        InMemoryCallRecorder.Recording emb = recorder.start("a", Source.EMBEDDINGS, t0 + 1);
        emb.hungUp(t0 + 7);
        emb.answered(t0 + 9, 200, "late", "{}");

        assertThat(recorder.callsFor("a")).satisfiesExactly(
                u -> assertThat(u).isEqualTo(new UpstreamCall("a", Source.USER, t0, t0 + 5, -1, 200, "n1", "{}")),
                e -> {
                    assertThat(e.callerHungUp()).isTrue();
                    assertThat(e.answered()).isFalse();
                    assertThat(e.endNanos()).isEqualTo(t0 + 7);
                });
        assertThat(recorder.callsFor("b")).isEmpty();
    }

    @Test
    void boundedByRunCountOldestFirst() {
        InMemoryCallRecorder recorder = new InMemoryCallRecorder(3, Long.MAX_VALUE / 2);
        long t = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            recorder.start("run-" + i, Source.USER, t + i);
        }
        assertThat(recorder.size()).isEqualTo(3);
        assertThat(recorder.callsFor("run-0")).isEmpty();
        assertThat(recorder.callsFor("run-9")).hasSize(1);
    }

    @Test
    void boundedByAgeAndByCallsPerRun() {
        InMemoryCallRecorder recorder = new InMemoryCallRecorder(100, 1_000);
        long old = System.nanoTime() - 1_000_000;
        recorder.start("old", Source.USER, old);
        assertThat(recorder.callsFor("old")).isEmpty();
        recorder.start("new", Source.USER, System.nanoTime());
        assertThat(recorder.size()).isEqualTo(1);

        InMemoryCallRecorder roomy = new InMemoryCallRecorder(100, Long.MAX_VALUE / 2);
        for (int i = 0; i < 500; i++) {
            roomy.start("busy", Source.USER, System.nanoTime());
        }
        assertThat(roomy.callsFor("busy")).hasSize(InMemoryCallRecorder.MAX_CALLS_PER_RUN);
    }
}
