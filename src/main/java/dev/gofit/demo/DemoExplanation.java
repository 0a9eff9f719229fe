package dev.gofit.demo;

/** The one sentence under the two timelines that says why the runs differ. */
public final class DemoExplanation {

    private DemoExplanation() {
    }

    public static String sentence(DemoRun sequential, DemoRun concurrent, int userDelayMs, int embeddingsDelayMs,
                                  long timeoutMs) {
        long seq = sequential.totalMs();
        long con = concurrent.totalMs();
        if (sequential.ok() && concurrent.ok()) {
            return "Concurrent took " + con + " ms because both calls ran at once, so it waited for the slower one ("
                    + Math.max(userDelayMs, embeddingsDelayMs) + " ms of delay); sequential took " + seq
                    + " ms because it starts the embeddings call only after the user call has answered, so it waited for both ("
                    + userDelayMs + " + " + embeddingsDelayMs + " ms of delay).";
        }
        if (concurrent.ok()) {
            return "Concurrent answered 200 in " + con + " ms, but sequential answered " + sequential.outcome() + " after "
                    + seq + " ms: waiting for one call after the other does not fit in the " + timeoutMs + " ms timeout.";
        }
        String cancelled = concurrent.cancelledACall() ? " and hung up on the other call at once" : "";
        if (sequential.status() == concurrent.status() && seq - con < 25) {
            return "Both answered " + concurrent.outcome() + " after about " + con + " ms: the failing source is the first "
                    + "one the sequential run asks, so waiting cost nothing extra here"
                    + (concurrent.cancelledACall() ? "; concurrent also hung up on the other call it had already started." : ".");
        }
        if (sequential.status() == concurrent.status()) {
            return "Both answered " + concurrent.outcome() + ", but concurrent knew after " + con + " ms" + cancelled
                    + ", while sequential needed " + seq + " ms because it waits for the calls one after the other.";
        }
        return "Concurrent answered " + concurrent.outcome() + " after " + con + " ms" + cancelled + "; sequential answered "
                + sequential.outcome() + " after " + seq + " ms because it waits for the calls one after the other.";
    }
}
