package dev.gofit.takehome;

import dev.gofit.outbound.HttpExchange;
import dev.gofit.demo.Source;
import dev.gofit.demo.UpstreamCall;
import dev.gofit.demo.UpstreamScenario;

import java.util.List;

/**
 * The faults the failure checks inject into one source, and what GoFit's upstream recorder must
 * show before a correct-looking 502 / 504 counts: the endpoint really fetched the faulted source
 * and met the fault, rather than guessing it from the request. A real upstream fails in more than
 * one way, so {@code upstream-error} and {@code timeout} each inject two.
 */
enum InjectedFault {

    UPSTREAM_ERROR("upstream-error", 502, "answers 500"),
    DROP("upstream-error", 502, "drops the connection after its headers"),
    BAD_JSON("bad-json", 502, "serves a body that is not JSON"),
    HANG("timeout", 504, "hangs before its headers"),
    STALL("timeout", 504, "stalls after its headers and part of its body");

    /** The faults of one check, in the order they run. */
    static List<InjectedFault> of(String check) {
        return java.util.Arrays.stream(values()).filter(f -> f.check.equals(check)).toList();
    }

    boolean isHang() {
        return this == HANG || this == STALL;
    }

    /** The status the failing upstream answers in the upstream-error check. */
    static final int INJECTED_STATUS = 500;

    final String check;
    final int expectedStatus;
    final String what;

    InjectedFault(String check, int expectedStatus, String what) {
        this.check = check;
        this.expectedStatus = expectedStatus;
        this.what = what;
    }

    /** What the faulted source does; {@code fastMs} is how soon a failing source fails. */
    UpstreamScenario scenario(int fastMs) {
        return switch (this) {
            case UPSTREAM_ERROR -> UpstreamScenario.fail(fastMs, INJECTED_STATUS);
            case BAD_JSON -> UpstreamScenario.notJson(fastMs);
            case DROP -> UpstreamScenario.droppedMidAnswer(fastMs);
            case HANG -> UpstreamScenario.hanging();
            case STALL -> UpstreamScenario.stalling(fastMs);
        };
    }

    /**
     * How early a 504 may come: a timer armed when the request arrived fires a few ms either side
     * of timeoutMs, but nowhere near this much before it.
     */
    static long slackMs(int timeoutMs) {
        return Math.min(100, timeoutMs / 4);
    }

    /** Whether the recorder backs the answer, and the words that say why. */
    record Proof(boolean ok, String evidence) {
    }

    /**
     * Judges an answer that already has the right status and names {@code source}: the recorder
     * must show a call to that source that met the fault before the answer (for a hang: an answer
     * no earlier than timeoutMs, with the hanging call held open until about then).
     */
    Proof prove(HttpExchange ex, Source source, List<UpstreamCall> calls, int timeoutMs) {
        List<UpstreamCall> mine = calls.stream().filter(c -> c.source() == source).toList();
        if (mine.isEmpty()) {
            return new Proof(false, "answered " + ex.summary() + " naming \"" + source.key() + "\", but GoFit's "
                    + source.key() + " upstream was never called: the failure was named without being met");
        }
        return isHang() ? proveHang(ex, source, mine, timeoutMs) : proveServed(ex, source, mine);
    }

    private Proof proveServed(HttpExchange ex, Source source, List<UpstreamCall> mine) {
        for (UpstreamCall c : mine) {
            boolean metFault = switch (this) {
                case UPSTREAM_ERROR -> c.status() == INJECTED_STATUS;
                case DROP -> c.status() == 0;
                default -> c.status() == 200;
            };
            if (c.answered() && metFault && c.answeredNanos() <= ex.endNanos()) {
                long at = (c.answeredNanos() - ex.sentNanos()) / 1_000_000;
                String met = switch (this) {
                    case UPSTREAM_ERROR -> "served its " + INJECTED_STATUS;
                    case DROP -> "dropped the connection mid-answer";
                    default -> "served its non-JSON body";
                };
                return new Proof(true, "answered " + ex.summary() + " naming \"" + source.key() + "\", after GoFit's "
                        + source.key() + " upstream " + met + " at " + at + " ms");
            }
        }
        UpstreamCall c = mine.get(0);
        String fate = c.callerHungUp() ? "hung up after " + (c.hungUpNanos() - c.arrivedNanos()) / 1_000_000 + " ms"
                : "had not been answered yet";
        return new Proof(false, "answered " + ex.summary() + " naming \"" + source.key() + "\", but its " + source.key()
                + " call " + fate + " when it answered, so the failure cannot have been seen");
    }

    private Proof proveHang(HttpExchange ex, Source source, List<UpstreamCall> mine, int timeoutMs) {
        long earliest = timeoutMs - slackMs(timeoutMs);
        if (ex.millis() < earliest) {
            return new Proof(false, "answered " + ex.summary() + " naming \"" + source.key() + "\", before timeoutMs = "
                    + timeoutMs + " ms had passed: the hang was not waited for");
        }
        boolean stillOpen = false;
        long heldMs = 0;
        for (UpstreamCall c : mine) {
            if (c.endNanos() < 0) {
                // Still open counts as held: not cancelling the hung call is the cancellation check's business.
                stillOpen = true;
            } else {
                heldMs = Math.max(heldMs, (c.endNanos() - ex.sentNanos()) / 1_000_000);
            }
        }
        if (!stillOpen && heldMs < earliest) {
            return new Proof(false, "answered " + ex.summary() + " naming \"" + source.key() + "\", but hung up on the "
                    + "hanging " + source.key() + " call " + heldMs + " ms into the request, before timeoutMs = " + timeoutMs
                    + " ms: the timeout was not what ended it");
        }
        return new Proof(true, "answered " + ex.summary() + " naming \"" + source.key() + "\"; GoFit's " + source.key()
                + " upstream saw the call held " + (stillOpen ? "open past the answer" : "until " + heldMs + " ms into the request"));
    }
}
