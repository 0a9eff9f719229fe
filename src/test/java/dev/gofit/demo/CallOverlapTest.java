package dev.gofit.demo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallOverlapTest {

    private static final long MS = 1_000_000L;

    private static UpstreamCall call(Source source, long fromMs, long toMs) {
        return new UpstreamCall("r", source, fromMs * MS, toMs * MS, -1, 200, "n", "{}");
    }

    private static UpstreamCall hungUp(Source source, long fromMs, long toMs) {
        return new UpstreamCall("r", source, fromMs * MS, -1, toMs * MS, 0, null, null);
    }

    @Test
    void concurrentCallsOverlapForTheShorterOne() {
        UpstreamCall user = call(Source.USER, 0, 50);
        UpstreamCall emb = call(Source.EMBEDDINGS, 1, 76);
        assertThat(CallOverlap.overlapNanos(user, emb)).isEqualTo(49 * MS);
        assertThat(CallOverlap.overlapNanos(emb, user)).isEqualTo(49 * MS);
        assertThat(CallOverlap.overlapped(user, emb, 10 * MS)).isTrue();
        assertThat(CallOverlap.spanNanos(List.of(user, emb), 0)).isEqualTo(76 * MS);
    }

    @Test
    void sequentialCallsDoNotOverlap() {
        UpstreamCall user = call(Source.USER, 0, 50);
        UpstreamCall emb = call(Source.EMBEDDINGS, 50, 125);
        assertThat(CallOverlap.overlapNanos(user, emb)).isZero();
        assertThat(CallOverlap.overlapped(user, emb, 0)).isFalse();
        assertThat(CallOverlap.spanNanos(List.of(user, emb), 0)).isEqualTo(125 * MS);
    }

    @Test
    void aHungUpCallEndsWhenTheCallerLeft() {
        UpstreamCall failing = call(Source.USER, 0, 10);
        UpstreamCall abandoned = hungUp(Source.EMBEDDINGS, 0, 12);
        assertThat(CallOverlap.overlapNanos(failing, abandoned)).isEqualTo(10 * MS);
        assertThat(CallOverlap.end(abandoned, 99 * MS)).isEqualTo(12 * MS);
    }

    @Test
    void anOpenCallCountsUntilNowOnlyWhenNowIsGiven() {
        UpstreamCall done = call(Source.USER, 0, 40);
        UpstreamCall open = new UpstreamCall("r", Source.EMBEDDINGS, 5 * MS, -1, -1, 0, null, null);
        assertThat(CallOverlap.overlapNanos(done, open, 30 * MS)).isEqualTo(25 * MS);
        assertThat(CallOverlap.overlapNanos(done, open)).isZero();
        assertThat(CallOverlap.spanNanos(List.of(done, open), 90 * MS)).isEqualTo(90 * MS);
    }

    @Test
    void firstFindsTheCallOfASource() {
        UpstreamCall user = call(Source.USER, 0, 1);
        assertThat(CallOverlap.first(List.of(user), Source.USER)).isSameAs(user);
        assertThat(CallOverlap.first(List.of(user), Source.EMBEDDINGS)).isNull();
        assertThat(CallOverlap.spanNanos(List.of(), 5)).isZero();
    }
}
