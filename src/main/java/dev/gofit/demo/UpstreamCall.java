package dev.gofit.demo;

import java.time.Instant;

/**
 * One call to a demo upstream as the recorder saw it. The {@code ...Nanos} times are from the
 * monotonic clock ({@link System#nanoTime()}) of the instance that served the call: exact to
 * sub-millisecond, and comparable between the calls of one run as long as one instance served them
 * all (the in-memory recorder). {@code arrivedEpochMicros} is the wall clock at arrival; with the
 * call's monotonic duration it places the call on a time line that several instances share (to
 * the accuracy of their clock synchronisation), which a multi-instance recorder compares instead.
 *
 * @param runId              the run the token belongs to (e.g. one request of one review check)
 * @param source             which API was called
 * @param arrivedNanos       when the request arrived
 * @param answeredNanos      when the answer was written, or -1 if never answered
 * @param hungUpNanos        when the caller closed the connection before the answer, or -1
 * @param status             HTTP status served (0 when none was: hang or drop)
 * @param nonce              the fresh random nonce in the body served, or null
 * @param body               the exact body served, or null
 * @param arrivedEpochMicros wall-clock arrival in microseconds since the epoch, or -1 when not known
 */
public record UpstreamCall(String runId, Source source, long arrivedNanos, long answeredNanos, long hungUpNanos,
                           int status, String nonce, String body, long arrivedEpochMicros) {

    /** A call known by its monotonic times only (no wall-clock arrival: {@code arrivedEpochMicros} -1). */
    public UpstreamCall(String runId, Source source, long arrivedNanos, long answeredNanos, long hungUpNanos,
                        int status, String nonce, String body) {
        this(runId, source, arrivedNanos, answeredNanos, hungUpNanos, status, nonce, body, -1);
    }

    /** Microseconds since the epoch of an instant (the precision {@link Instant#now()} gives on Linux). */
    public static long epochMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

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

    /** Wall-clock answer time (arrival plus the monotonic duration), or -1 if never answered or not known. */
    public long answeredEpochMicros() {
        return onWallClock(answeredNanos);
    }

    /** Wall-clock hang-up time, or -1 if the caller did not hang up or the arrival is not known. */
    public long hungUpEpochMicros() {
        return onWallClock(hungUpNanos);
    }

    /** Wall-clock end (answered or hung up), or -1 while open or when not known. */
    public long endEpochMicros() {
        return onWallClock(endNanos());
    }

    private long onWallClock(long nanos) {
        return nanos < 0 || arrivedEpochMicros < 0 ? -1 : arrivedEpochMicros + (nanos - arrivedNanos) / 1_000;
    }
}
