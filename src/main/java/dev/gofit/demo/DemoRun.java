package dev.gofit.demo;

import java.util.List;

/**
 * One finished demo run as the server saw it: the aggregator's answer and the two upstream calls
 * as the recorder saw them. Times are nanoseconds of {@link System#nanoTime()}.
 */
public record DemoRun(boolean sequential, long startNanos, long endNanos, int status, Source failedSource,
                      String error, List<UpstreamCall> calls) {

    public String name() {
        return sequential ? "Sequential" : "Concurrent";
    }

    public long totalMs() {
        return Math.round((endNanos - startNanos) / 1e6);
    }

    /** Milliseconds from the run's start to {@code nanos}. */
    public double msFromStart(long nanos) {
        return (nanos - startNanos) / 1e6;
    }

    public boolean ok() {
        return status == 200;
    }

    /** A short name of the outcome, e.g. "200 OK" or "502 Bad Gateway". */
    public String outcome() {
        return switch (status) {
            case 200 -> "200 OK";
            case 502 -> "502 Bad Gateway";
            case 504 -> "504 Gateway Timeout";
            default -> String.valueOf(status);
        };
    }

    /** True when a call of this run was abandoned (the upstream saw the caller hang up). */
    public boolean cancelledACall() {
        return calls.stream().anyMatch(UpstreamCall::callerHungUp);
    }
}
