package dev.gofit.demo;

/**
 * What one upstream call does, fixed by the signed token in its URL.
 *
 * @param delayMs    wait before answering (a timer, not a sleeping thread)
 * @param failStatus 0 to answer 200 with JSON, else this status (e.g. 500) with a JSON error body
 * @param notJson    answer 200 with a body that is not JSON
 * @param hang       never answer until the caller hangs up (capped server-side)
 * @param drop       close the connection after the delay without an HTTP answer
 */
public record UpstreamScenario(int delayMs, int failStatus, boolean notJson, boolean hang, boolean drop) {

    public static UpstreamScenario ok(int delayMs) {
        return new UpstreamScenario(delayMs, 0, false, false, false);
    }

    public static UpstreamScenario fail(int delayMs, int status) {
        return new UpstreamScenario(delayMs, status, false, false, false);
    }

    public static UpstreamScenario notJson(int delayMs) {
        return new UpstreamScenario(delayMs, 0, true, false, false);
    }

    public static UpstreamScenario hanging() {
        return new UpstreamScenario(0, 0, false, true, false);
    }

    public static UpstreamScenario dropped(int delayMs) {
        return new UpstreamScenario(delayMs, 0, false, false, true);
    }
}
