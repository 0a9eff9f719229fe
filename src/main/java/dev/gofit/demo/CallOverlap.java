package dev.gofit.demo;

import java.util.List;

/** Timing arithmetic over recorded calls: how long two calls overlapped and the span of a run. */
public final class CallOverlap {

    private CallOverlap() {
    }

    /**
     * Nanoseconds during which both calls were open (0 when they did not overlap). A call that
     * has not ended yet counts as open until {@code nowNanos}.
     */
    public static long overlapNanos(UpstreamCall a, UpstreamCall b, long nowNanos) {
        long start = Math.max(a.arrivedNanos(), b.arrivedNanos());
        long end = Math.min(end(a, nowNanos), end(b, nowNanos));
        return Math.max(0, end - start);
    }

    /** {@link #overlapNanos(UpstreamCall, UpstreamCall, long)} for calls that have both ended. */
    public static long overlapNanos(UpstreamCall a, UpstreamCall b) {
        return overlapNanos(a, b, Long.MIN_VALUE);
    }

    /** True when both calls were open at the same time for at least {@code minNanos}. */
    public static boolean overlapped(UpstreamCall a, UpstreamCall b, long minNanos) {
        return overlapNanos(a, b) >= Math.max(1, minNanos);
    }

    /** The first call of {@code source} in the list, or null. */
    public static UpstreamCall first(List<UpstreamCall> calls, Source source) {
        for (UpstreamCall c : calls) {
            if (c.source() == source) {
                return c;
            }
        }
        return null;
    }

    /** Nanoseconds between the first arrival and the last end (0 for no calls). */
    public static long spanNanos(List<UpstreamCall> calls, long nowNanos) {
        if (calls.isEmpty()) {
            return 0;
        }
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (UpstreamCall c : calls) {
            start = Math.min(start, c.arrivedNanos());
            end = Math.max(end, end(c, nowNanos));
        }
        return Math.max(0, end - start);
    }

    /** When the call ended, or {@code nowNanos} while it is still open (never before its arrival). */
    public static long end(UpstreamCall c, long nowNanos) {
        long end = c.endNanos();
        return end >= 0 ? end : Math.max(c.arrivedNanos(), nowNanos);
    }
}
