package dev.gofit.takehome;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gofit.demo.Source;
import dev.gofit.demo.UpstreamCall;
import dev.gofit.demo.UpstreamScenario;
import dev.gofit.outbound.HttpExchange;
import dev.gofit.takehome.ReviewEngine.Ctx;
import dev.gofit.takehome.ReviewEngine.Probe;
import dev.gofit.takehome.ReviewReport.CheckResult;
import dev.gofit.takehome.ReviewReport.Timeline;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.gofit.takehome.ReviewEngine.LATE_MS;
import static dev.gofit.takehome.ReviewEngine.await;
import static dev.gofit.takehome.ReviewEngine.excerpt;
import static dev.gofit.takehome.ReviewEngine.parse;
import static dev.gofit.takehome.ReviewEngine.pause;

/**
 * The three checks that fault one upstream and expect the endpoint to name it: {@code upstream-error} and
 * {@code bad-json} (the fault's status within timeoutMs + 500 ms) and {@code timeout} (504 near timeoutMs,
 * with two timeoutMs values far apart so no fixed deadline passes). Split from {@link ReviewEngine}, which
 * sends the probes and keeps the upstream records, as {@link LoadCheck} is.
 */
final class FaultChecks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReviewEngine engine;
    private final ReviewConfig config;

    FaultChecks(ReviewEngine engine, ReviewConfig config) {
        this.engine = engine;
        this.config = config;
    }

    /** Runs {@code check} (upstream-error, bad-json or timeout) against the endpoint. */
    CheckResult run(Ctx ctx, String check) {
        return faulted(ctx, check, check.equals("timeout") ? timeoutCases() : errorCases(check));
    }

    /** One probe of a failure check: which source is faulted, how, and the request's timeoutMs. */
    record FaultCase(Source bad, InjectedFault fault, int timeoutMs) {

        String label() {
            return bad.key() + " " + fault.what + " (timeoutMs " + timeoutMs + ")";
        }
    }

    /** upstream-error and bad-json: each fault of the check, each source in turn; any timeoutMs of the range. */
    List<FaultCase> errorCases(String check) {
        List<FaultCase> cases = new ArrayList<>();
        for (Source bad : Source.values()) {
            for (InjectedFault fault : InjectedFault.of(check)) {
                cases.add(new FaultCase(bad, fault, engine.drawTimeout(config.fastMs() * 3 + 300)));
            }
        }
        return cases;
    }

    /**
     * timeout: per source, one hang before the headers and one stall after them, with two timeoutMs
     * values far apart (which hang gets the smaller one is random), so a guessed constant deadline or
     * a deadline on the headers only cannot pass.
     */
    List<FaultCase> timeoutCases() {
        List<FaultCase> cases = new ArrayList<>();
        for (Source bad : Source.values()) {
            int[] t = engine.twoTimeouts();
            boolean swap = RANDOM.nextBoolean();
            cases.add(new FaultCase(bad, InjectedFault.HANG, swap ? t[1] : t[0]));
            cases.add(new FaultCase(bad, InjectedFault.STALL, swap ? t[0] : t[1]));
        }
        return cases;
    }

    /**
     * One source faulted, the other healthy and quick: expect the fault's status naming it within
     * timeoutMs + 500 ms, and the recorder must show the endpoint really met the fault. The cases run
     * at once (each its own request), so a check waits about its longest timeoutMs, not their sum.
     */
    CheckResult faulted(Ctx ctx, String check, List<FaultCase> cases) {
        int n = cases.size();
        Probe[] probes = await(sendAll(ctx, cases));
        String[] late = new String[n];
        List<Integer> again = new ArrayList<>();
        pause(30);
        for (int i = 0; i < n; i++) {
            FaultCase c = cases.get(i);
            HttpExchange ex = probes[i].exchange();
            String problem = judgeError(ex, c.fault().expectedStatus, c.bad(), c.timeoutMs() + LATE_MS);
            String slow = gofitTooSlow(c, probes[i], engine.calls(probes[i].runId()));
            // Right answer, a little late: on a busy machine that can be GoFit's own stall, so one
            // more try decides. An endpoint that is really slow is late twice.
            if (problem != null && judgeError(ex, c.fault().expectedStatus, c.bad(), Long.MAX_VALUE) == null) {
                late[i] = "first " + problem + ", so it was tried once more";
                again.add(i);
            } else if (slow != null) {
                late[i] = "first " + slow + ", so it was tried once more";
                again.add(i);
            } else if (!ex.answered() && !c.fault().isHang()) {
                // A failing source must be answered within timeoutMs + 500: no answer at all by timeoutMs
                // + 1.5 s is either an endpoint that never answers failures (it fails again) or a stall.
                late[i] = "first " + problem + ", so it was tried once more";
                again.add(i);
            }
        }
        List<Timeline> timelines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            timelines.add(engine.timeline(cases.get(i).label(), probes[i], engine.calls(probes[i].runId())));
        }
        if (!again.isEmpty()) {
            Probe[] retried = await(sendAll(ctx, again.stream().map(cases::get).toList()));
            pause(30);
            for (int k = 0; k < again.size(); k++) {
                int i = again.get(k);
                probes[i] = retried[k];
                timelines.add(engine.timeline(cases.get(i).label() + " (again)", probes[i], engine.calls(probes[i].runId())));
            }
        }
        List<String> notes = new ArrayList<>();
        boolean allGood = true;
        String firstWrong = null;
        String gofitFault = null;
        for (int i = 0; i < n; i++) {
            FaultCase c = cases.get(i);
            Probe p = probes[i];
            String problem = judgeError(p.exchange(), c.fault().expectedStatus, c.bad(), c.timeoutMs() + LATE_MS);
            String note = problem;
            String slow = gofitTooSlow(c, p, engine.calls(p.runId()));
            if (slow != null) {
                // Twice: nothing about the endpoint can be concluded from this case.
                gofitFault = "When " + c.label() + ": " + slow + " twice, so this case could not be judged; this is "
                        + "not the endpoint's fault";
                notes.add(gofitFault);
                continue;
            }
            if (problem == null) {
                InjectedFault.Proof proof = c.fault().prove(p.exchange(), c.bad(), engine.calls(p.runId()), c.timeoutMs());
                problem = proof.ok() ? null : proof.evidence();
                note = proof.evidence();
            }
            allGood &= problem == null;
            notes.add("When " + c.label() + ": " + (late[i] == null ? "" : late[i] + "; then ") + note);
            if (problem != null && firstWrong == null) {
                firstWrong = "When " + c.label() + ", it " + problem + ".";
            }
        }
        if (allGood && gofitFault != null) {
            return engine.result(check, Outcome.ERROR, String.join(". ", notes) + ".", 0, engine.curl(ctx, probes[0]), timelines)
                    .withVerdict(gofitFault + ".");
        }
        int status = cases.get(0).fault().expectedStatus;
        String verdict = allGood ? "All " + n + " cases answered " + status + " naming the faulted source, in time, after "
                + "really meeting the fault."
                : n + " cases tried; wrong: " + firstWrong;
        return engine.result(check, allGood ? Outcome.PASS : Outcome.FAIL, String.join(". ", notes) + ".", 0,
                engine.curl(ctx, probes[0]), timelines).withVerdict(verdict);
    }

    /**
     * Why GoFit's own upstreams, not the endpoint, decided a case, or null: the healthy source (which
     * the endpoint did not hang up on) had not answered by timeoutMs, or a served fault came only after
     * timeoutMs. Either way a 504 (naming either source) is then a right answer, so the case says
     * nothing about the endpoint.
     */
    static String gofitTooSlow(FaultCase c, Probe p, List<UpstreamCall> calls) {
        long deadline = p.exchange().sentNanos() + c.timeoutMs() * 1_000_000L;
        for (UpstreamCall call : calls) {
            boolean hungUpEarly = call.callerHungUp() && call.hungUpNanos() < deadline;
            if (call.source() == c.bad().other() && !hungUpEarly && (!call.answered() || call.answeredNanos() > deadline)) {
                return "GoFit's healthy " + call.source().key() + " upstream had not answered by timeoutMs (GoFit was slow)";
            }
            if (call.source() == c.bad() && !c.fault().isHang() && call.answered() && call.answeredNanos() > deadline) {
                return "GoFit's " + call.source().key() + " upstream served its fault only after timeoutMs (GoFit was slow)";
            }
        }
        return null;
    }

    private CompletableFuture<Probe[]> sendAll(Ctx ctx, List<FaultCase> cases) {
        List<CompletableFuture<Probe>> sent = new ArrayList<>();
        for (FaultCase c : cases) {
            UpstreamScenario healthy = UpstreamScenario.ok(config.fastMs() * 3);
            UpstreamScenario faulty = c.fault().scenario(config.fastMs());
            sent.add(engine.sendAsync(ctx, c.bad() == Source.USER ? faulty : healthy, c.bad() == Source.USER ? healthy : faulty,
                    c.timeoutMs()));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                .thenApply(v -> sent.stream().map(CompletableFuture::join).toArray(Probe[]::new));
    }

    /** Null when the exchange is {@code status} with JSON naming {@code source} within {@code limitMs}. */
    String judgeError(HttpExchange ex, int status, Source source, long limitMs) {
        if (!ex.answered()) {
            return "no answer: " + ex.failure() + " after " + ex.millis() + " ms";
        }
        if (ex.status() != status) {
            return "answered " + ex.status() + " instead of " + status + " (" + excerpt(ex.body()) + ")";
        }
        JsonNode body = parse(ex.body());
        if (body == null || !body.isObject()) {
            return "answered " + status + " but the body is not a JSON object: " + excerpt(ex.body());
        }
        String named = body.path("source").asText("");
        if (!source.key().equals(named)) {
            return "answered " + status + " but named source \"" + named + "\" instead of \"" + source.key() + "\"";
        }
        if (ex.millis() > limitMs) {
            return "answered " + status + " correctly but after " + ex.millis() + " ms, over timeoutMs + 500 = " + limitMs + " ms";
        }
        return null;
    }
}
