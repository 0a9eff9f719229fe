package dev.gofit.demo;

/**
 * One call to a demo upstream as the recorder saw it. Times are from one monotonic clock
 * ({@link System#nanoTime()}) so two calls of one run can be compared to sub-millisecond.
 *
 * @param runId         the run the token belongs to (e.g. one request of one review check)
 * @param source        which API was called
 * @param arrivedNanos  when the request arrived
 * @param answeredNanos when the answer was written, or -1 if never answered
 * @param hungUpNanos   when the caller closed the connection before the answer, or -1
 * @param status        HTTP status served (0 when none was: hang or drop)
 * @param nonce         the fresh random nonce in the body served, or null
 * @param body          the exact body served, or null
 */
public record UpstreamCall(String runId, Source source, long arrivedNanos, long answeredNanos, long hungUpNanos,
                           int status, String nonce, String body) {

    public boolean answered() {
        return answeredNanos >= 0;
    }

    public boolean callerHungUp() {
        return hungUpNanos >= 0;
    }

    /** When the call ended (answered, hung up, or still open: -1). */
    public long endNanos() {
        return answered() ? answeredNanos : hungUpNanos;
    }
}
