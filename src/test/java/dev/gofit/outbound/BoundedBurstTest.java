package dev.gofit.outbound;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedBurstTest {

    private static final ScheduledExecutorService timers = Executors.newScheduledThreadPool(4);
    private static final Duration LONG = Duration.ofSeconds(20);

    @AfterAll
    static void stop() {
        timers.shutdownNow();
    }

    /** A call that yields {@code value} after {@code ms}, tracking how many are in flight. */
    private static CompletableFuture<Integer> later(int value, long ms, AtomicInteger inFlight, AtomicInteger max) {
        max.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        CompletableFuture<Integer> f = new CompletableFuture<>();
        timers.schedule(() -> {
            inFlight.decrementAndGet();
            f.complete(value);
        }, ms, TimeUnit.MILLISECONDS);
        return f;
    }

    @Test
    void sendsEveryRequestWithNeverMoreThanTheConcurrencyInFlight() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        var outcome = BoundedBurst.<Integer>run(new BoundedBurst.Limits(60, 5, LONG, Duration.ZERO, 100),
                i -> later(i, 3, inFlight, max), c -> false).join();
        assertThat(outcome.calls()).hasSize(60);
        assertThat(outcome.sent()).isEqualTo(60);
        assertThat(outcome.stoppedEarly()).isFalse();
        assertThat(outcome.calls()).extracting(BoundedBurst.Call::value).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(0, 60).boxed().toList());
        assertThat(max.get()).isBetween(2, 5);
        assertThat(outcome.calls()).allSatisfy(c -> assertThat(c.latencyNanos()).isGreaterThanOrEqualTo(2_000_000));
    }

    @Test
    void stopsLaunchingAfterTheFailureLimit() {
        var outcome = BoundedBurst.<Integer>run(new BoundedBurst.Limits(1000, 2, LONG, Duration.ZERO, 7),
                i -> CompletableFuture.supplyAsync(() -> {
                    throw new IllegalStateException("refused " + i);
                }), c -> false).join();
        assertThat(outcome.calls()).allSatisfy(c -> assertThat(c.threw()).isTrue());
        // The limit stops new calls; the one or two already in flight still end.
        assertThat(outcome.sent()).isBetween(7, 8);
        assertThat(outcome.stoppedEarly()).isTrue();
    }

    @Test
    void theCallersJudgementCountsAsAFailureToo() {
        var outcome = BoundedBurst.<Integer>run(new BoundedBurst.Limits(100, 1, LONG, Duration.ZERO, 3),
                i -> CompletableFuture.supplyAsync(() -> 500), c -> c.value() >= 500).join();
        assertThat(outcome.sent()).isEqualTo(3);
    }

    @Test
    void settlesAtTheCapWhenCallsHangAndLeavesThemOut() {
        long start = System.nanoTime();
        var outcome = BoundedBurst.<Integer>run(new BoundedBurst.Limits(50, 3, Duration.ofMillis(300), Duration.ZERO, 100),
                i -> i < 3 ? CompletableFuture.completedFuture(i).thenCompose(v -> later(v, 10, new AtomicInteger(),
                        new AtomicInteger())) : new CompletableFuture<>(), c -> false).join();
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(tookMs).isBetween(250L, 3_000L);
        assertThat(outcome.calls()).extracting(BoundedBurst.Call::value).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(outcome.sent()).isEqualTo(6);
        assertThat(outcome.stoppedEarly()).isTrue();
    }

    @Test
    void callsThatEndWithinTheDrainAfterTheCapAreCounted() {
        var outcome = BoundedBurst.<Integer>run(new BoundedBurst.Limits(2, 2, Duration.ofMillis(50), Duration.ofSeconds(5), 100),
                i -> later(i, 400, new AtomicInteger(), new AtomicInteger()), c -> false).join();
        assertThat(outcome.calls()).hasSize(2);
        assertThat(outcome.stoppedEarly()).isFalse();
    }

    @Test
    void aCallThatThrowsWhileStartingIsAFailedCall() {
        var outcome = BoundedBurst.<Integer>run(new BoundedBurst.Limits(4, 2, LONG, Duration.ZERO, 100), i -> {
            if (i == 1) {
                throw new IllegalArgumentException("bad request " + i);
            }
            return CompletableFuture.completedFuture(i);
        }, c -> false).join();
        assertThat(outcome.calls()).hasSize(4);
        assertThat(outcome.calls()).filteredOn(BoundedBurst.Call::threw).singleElement()
                .satisfies(c -> assertThat(c.error()).hasMessage("bad request 1"));
    }

    @Test
    void zeroRequestsSettleAtOnce() {
        var outcome = BoundedBurst.<Integer>run(new BoundedBurst.Limits(0, 4, LONG, Duration.ZERO, 1),
                i -> CompletableFuture.completedFuture(i), c -> false).join();
        assertThat(outcome.calls()).isEmpty();
        assertThat(outcome.stoppedEarly()).isFalse();
    }
}
