package dev.gofit.demo;

/**
 * What one upstream call does, fixed by the signed token in its URL.
 *
 * @param delayMs      wait before answering (a timer, not a sleeping thread)
 * @param failStatus   0 to answer 200 with JSON, else this status (e.g. 500) with a JSON error body
 * @param notJson      answer 200 with a body that is not JSON
 * @param hang         never finish the answer until the caller hangs up (capped server-side)
 * @param drop         close the connection after the delay without a complete answer
 * @param afterHeaders with {@code hang} or {@code drop}: first send {@code 200} headers and part of the
 *                     body, then stall (dripping a byte now and then, so a deadline that restarts on
 *                     every byte never fires) or close the connection; without it, nothing is sent
 */
public record UpstreamScenario(int delayMs, int failStatus, boolean notJson, boolean hang, boolean drop,
                               boolean afterHeaders) {

    public UpstreamScenario(int delayMs, int failStatus, boolean notJson, boolean hang, boolean drop) {
        this(delayMs, failStatus, notJson, hang, drop, false);
    }

    public static UpstreamScenario ok(int delayMs) {
        return new UpstreamScenario(delayMs, 0, false, false, false);
    }

    public static UpstreamScenario fail(int delayMs, int status) {
        return new UpstreamScenario(delayMs, status, false, false, false);
    }

    public static UpstreamScenario notJson(int delayMs) {
        return new UpstreamScenario(delayMs, 0, true, false, false);
    }

    /** Hangs before its headers. */
    public static UpstreamScenario hanging() {
        return new UpstreamScenario(0, 0, false, true, false);
    }

    /** Sends {@code 200} headers and part of the body after {@code delayMs}, then stalls (a drip that never completes). */
    public static UpstreamScenario stalling(int delayMs) {
        return new UpstreamScenario(delayMs, 0, false, true, false, true);
    }

    /** Closes the connection after {@code delayMs} without sending anything. */
    public static UpstreamScenario dropped(int delayMs) {
        return new UpstreamScenario(delayMs, 0, false, false, true);
    }

    /** Sends {@code 200} headers and part of the body after {@code delayMs}, then closes the connection. */
    public static UpstreamScenario droppedMidAnswer(int delayMs) {
        return new UpstreamScenario(delayMs, 0, false, false, true, true);
    }
}
