package dev.gofit.outbound;

/**
 * What happened to one request the engine sent: the answer (status, content type, body) or
 * why there was none. Times are {@link System#nanoTime()}, the recorder's clock.
 */
public record HttpExchange(int status, String contentType, String body, long sentNanos, long endNanos, String failure) {

    public boolean answered() {
        return failure == null;
    }

    public long millis() {
        return (endNanos - sentNanos) / 1_000_000;
    }

    /** "502 in 61 ms" or "no answer: connection reset after 12 ms". */
    public String summary() {
        return answered() ? status + " in " + millis() + " ms" : "no answer: " + failure + " after " + millis() + " ms";
    }
}
