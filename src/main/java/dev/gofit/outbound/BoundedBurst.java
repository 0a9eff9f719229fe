package dev.gofit.outbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * A closed-loop load driver shared by the take-home load check and the pilot's measurement:
 * keeps at most {@code concurrency} calls in flight, launching the next one as each ends, until
 * {@code requests} were sent, the time cap passed, or {@code stopAfterFailures} calls failed.
 * <p>
 * It knows nothing of HTTP: a call is any asynchronous step, numbered from 0, and the caller
 * judges its outcome. Bounded on every side so that a hostile or dead endpoint cannot hold it:
 * after the cap no call starts, and the outcome is settled at the latest {@code drain} later;
 * calls still in flight then are left out of it (their late ends are ignored).
 *
 * @param <T> what one call yields
 */
public final class BoundedBurst<T> {

    /**
     * How much load and for how long.
     *
     * @param drain how long after the cap calls in flight may still end and be counted
     *              ({@link Duration#ZERO}: the outcome is settled at the cap)
     */
    public record Limits(int requests, int concurrency, Duration timeCap, Duration drain, int stopAfterFailures) {
        public Limits {
            if (requests < 0 || concurrency < 1 || stopAfterFailures < 1) {
                throw new IllegalArgumentException("requests >= 0, concurrency >= 1 and stopAfterFailures >= 1");
            }
        }
    }

    /** One call that ended: its number, what it yielded (or why it failed) and how long it took. */
    public record Call<T>(int index, T value, Throwable error, long latencyNanos) {
        public boolean threw() {
            return error != null;
        }
    }

    /**
     * What the burst did. {@code calls} holds the calls that ended in time, in the order they ended.
     *
     * @param stoppedEarly fewer than {@code requests} calls ended: the time cap or the failure limit stopped it
     */
    public record Outcome<T>(List<Call<T>> calls, int sent, long wallNanos, boolean stoppedEarly) {
    }

    private final Limits limits;
    private final IntFunction<? extends CompletionStage<T>> call;
    private final Predicate<Call<T>> failed;
    private final List<Call<T>> ended = new ArrayList<>();
    private final CompletableFuture<Void> settled = new CompletableFuture<>();
    private int launched;
    private int inFlight;
    private int failures;
    private boolean closed;
    private long startNanos;
    private long capNanos;

    private BoundedBurst(Limits limits, IntFunction<? extends CompletionStage<T>> call, Predicate<Call<T>> failed) {
        this.limits = limits;
        this.call = call;
        this.failed = failed;
    }

    /**
     * Runs a burst.
     *
     * @param call   starts call number {@code i}; a call that throws counts as failed
     * @param failed whether an ended call counts against {@link Limits#stopAfterFailures()}
     *               (a call that threw always does)
     */
    public static <T> CompletableFuture<Outcome<T>> run(Limits limits, IntFunction<? extends CompletionStage<T>> call,
                                                        Predicate<Call<T>> failed) {
        return new BoundedBurst<>(limits, call, failed).start();
    }

    private CompletableFuture<Outcome<T>> start() {
        startNanos = System.nanoTime();
        capNanos = limits.timeCap().toNanos();
        long settleMs = Math.max(1, limits.timeCap().plus(limits.drain()).toMillis());
        settled.completeOnTimeout(null, settleMs, TimeUnit.MILLISECONDS);
        int first = Math.min(limits.concurrency(), limits.requests());
        for (int k = 0; k < first; k++) {
            launchNext();
        }
        settleIfIdle();
        return settled.thenApply(ignored -> outcome());
    }

    private void launchNext() {
        int index;
        synchronized (this) {
            boolean over = closed || launched >= limits.requests() || failures >= limits.stopAfterFailures()
                    || System.nanoTime() - startNanos > capNanos;
            if (over) {
                return;
            }
            index = launched++;
            inFlight++;
        }
        long sent = System.nanoTime();
        CompletionStage<T> stage;
        try {
            stage = call.apply(index);
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        stage.whenComplete((value, error) -> ended(new Call<>(index, error == null ? value : null,
                error, System.nanoTime() - sent)));
    }

    private void ended(Call<T> c) {
        synchronized (this) {
            if (closed) {
                return;
            }
            inFlight--;
            ended.add(c);
            if (c.threw() || failed.test(c)) {
                failures++;
            }
        }
        launchNext();
        settleIfIdle();
    }

    /** Settles once nothing is in flight and nothing more may start. */
    private void settleIfIdle() {
        synchronized (this) {
            if (inFlight > 0 || closed) {
                return;
            }
        }
        // launchNext() found nothing to start if nothing is in flight after it ran.
        settled.complete(null);
    }

    private synchronized Outcome<T> outcome() {
        closed = true;
        long wall = System.nanoTime() - startNanos;
        return new Outcome<>(List.copyOf(ended), launched, wall, ended.size() < limits.requests());
    }
}
