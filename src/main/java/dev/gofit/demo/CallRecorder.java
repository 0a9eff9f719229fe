package dev.gofit.demo;

import java.util.List;

/**
 * Keeps the calls made to the demo upstreams, per run, bounded in count and age: the upstream
 * routes write through {@link #start} and the {@link Recording} it returns, the review engine and
 * the demo page read with {@link #callsFor}. On one instance it lives in memory
 * ({@link InMemoryCallRecorder}); an implementation shared by several instances (PostgreSQL) can
 * replace it without changing callers: a call carries a wall-clock time ({@code arrivedEpochMicros})
 * besides the monotonic one, which only means something inside the JVM that took it.
 */
public interface CallRecorder {

    /**
     * Records that a call for {@code runId} arrived, at {@code arrivedNanos} ({@link System#nanoTime()})
     * and {@code arrivedEpochMicros} (wall clock, microseconds since the epoch: {@link UpstreamCall#epochMicros}).
     */
    Recording start(String runId, Source source, long arrivedNanos, long arrivedEpochMicros);

    /** The calls recorded for a run so far, oldest first (empty when none or expired). */
    List<UpstreamCall> callsFor(String runId);

    /**
     * One call being served; the upstream reports exactly one end, answer or hang-up (the first wins).
     * End times are {@link System#nanoTime()} of the JVM that called {@link #start}, so a call's
     * duration is exact wherever its record is kept.
     */
    interface Recording {

        /** The answer was written (status 0 for a dropped connection). */
        void answered(long nanos, int status, String nonce, String body);

        /** The caller closed the connection before the answer. */
        void hungUp(long nanos);

        /** True once an answer or a hang-up was recorded. */
        boolean ended();
    }
}
