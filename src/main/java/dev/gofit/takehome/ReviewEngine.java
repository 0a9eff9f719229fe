package dev.gofit.takehome;

import dev.gofit.outbound.Target;
import dev.gofit.outbound.HttpExchange;
import dev.gofit.outbound.GuardedHttpClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gofit.demo.CallRecorder;
import dev.gofit.demo.Source;
import dev.gofit.demo.UpstreamCall;
import dev.gofit.demo.UpstreamLinks;
import dev.gofit.demo.UpstreamScenario;
import dev.gofit.system.GoFitConfig;
import dev.gofit.takehome.ReviewReport.CheckResult;
import dev.gofit.takehome.ReviewReport.Span;
import dev.gofit.takehome.ReviewReport.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.ConfigProvider;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Runs the eight checks of the contract against one endpoint. Every request gets its own run
 * id (so its own upstream tokens and nonces), and every verdict is judged from what the
 * endpoint answered and what GoFit's upstream recorder saw. Runs on a review worker thread;
 * the HTTP traffic itself is non-blocking.
 */
@ApplicationScoped
public class ReviewEngine {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Instance<UpstreamLinks> links;
    private final Instance<CallRecorder> recorder;
    private final GuardedHttpClient http;
    private final ReviewConfig config;
    private final GoFitConfig gofit;
    private final CheckCatalog catalog;
    private final LoadCheck loadCheck;

    public ReviewEngine(Instance<UpstreamLinks> links, Instance<CallRecorder> recorder, GuardedHttpClient http,
                        ReviewConfig config, GoFitConfig gofit, CheckCatalog catalog) {
        this.links = links;
        this.recorder = recorder;
        this.http = http;
        this.config = config;
        this.gofit = gofit;
        this.catalog = catalog;
        this.loadCheck = new LoadCheck(this, config.load());
    }

    /** Runs every check in order, telling {@code onCheck} as each finishes; never throws for the endpoint's faults. */
    public ReviewReport run(Target target, Consumer<ReviewReport> onCheck) {
        List<CheckResult> results = new ArrayList<>();
        ReviewReport.LoadStats load = null;
        if (!links.isResolvable() || !recorder.isResolvable()) {
            for (String name : CheckCatalog.NAMES) {
                CheckResult r = result(name, Outcome.ERROR, "The demo upstreams are not available in this installation, "
                        + "so nothing could be judged.", 0, null, List.of());
                results.add(r);
            }
            ReviewReport report = new ReviewReport(List.copyOf(results), null);
            onCheck.accept(report);
            return report;
        }
        Ctx ctx = new Ctx(target);
        warmUp(ctx);
        for (String name : CheckCatalog.NAMES) {
            long start = System.nanoTime();
            CheckResult r;
            try {
                r = switch (name) {
                    case "contract" -> contract(ctx);
                    case "concurrency" -> concurrency(ctx);
                    case "upstream-error" -> faulted(ctx, InjectedFault.UPSTREAM_ERROR);
                    case "bad-json" -> faulted(ctx, InjectedFault.BAD_JSON);
                    case "timeout" -> faulted(ctx, InjectedFault.HANG);
                    case "cancellation" -> cancellation(ctx);
                    case "bad-request" -> badRequest(ctx);
                    default -> {
                        LoadCheck.Result lr = loadCheck.run(ctx);
                        load = lr.stats();
                        yield lr.check();
                    }
                };
            } catch (ReviewInterruptedException e) {
                throw e;
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    // GoFit is stopping: the review is not over, so no check may be written off as ERROR.
                    throw new ReviewInterruptedException(e);
                }
                r = result(name, Outcome.ERROR, "The check could not be completed on GoFit's side ("
                        + e.getClass().getSimpleName() + "); this is not the endpoint's fault.", 0, null, List.of());
            }
            r = new CheckResult(r.name(), r.title(), r.outcome(), r.evidence(), (System.nanoTime() - start) / 1_000_000,
                    r.curl(), r.timelines());
            results.add(r);
            onCheck.accept(new ReviewReport(List.copyOf(results), load));
        }
        return new ReviewReport(List.copyOf(results), load);
    }

    /** Per-review state: the endpoint under review. */
    static final class Ctx {
        final Target target;

        Ctx(Target target) {
            this.target = target;
        }

        /**
         * A fresh run id for one request. Random only: the id travels inside the upstream URLs, so it
         * must say nothing about the check (an endpoint must not learn which source will fail).
         */
        String runId() {
            return "r" + HexFormat.of().formatHex(randomBytes(12));
        }
    }

    /** One request to the endpoint with fresh upstream URLs, and what the recorder saw of it. */
    record Probe(String runId, String userId, String requestBody, HttpExchange exchange) {
    }

    Probe send(Ctx ctx, UpstreamScenario user, UpstreamScenario embeddings, long deadlineMs) {
        String runId = ctx.runId();
        String userId = "u-" + HexFormat.of().formatHex(randomBytes(3));
        String body = requestBody(runId, userId, user, embeddings);
        HttpExchange ex = await(http.post(ctx.target, "application/json", body, deadlineMs));
        return new Probe(runId, userId, body, ex);
    }

    CompletableFuture<HttpExchange> httpPost(Target target, String body, long deadlineMs) {
        return http.post(target, "application/json", body, deadlineMs);
    }

    String requestBody(String runId, String userId, UpstreamScenario user, UpstreamScenario embeddings) {
        return requestBody(runId, userId, user, embeddings, config.timeoutMs());
    }

    String requestBody(String runId, String userId, UpstreamScenario user, UpstreamScenario embeddings, int timeoutMs) {
        ObjectNode root = JSON.createObjectNode();
        root.put("userId", userId);
        root.put("query", "How do I reset my password?");
        ObjectNode sources = root.putObject("sources");
        sources.put("user", links.get().url(upstreamBase(), runId, Source.USER, user));
        sources.put("embeddings", links.get().url(upstreamBase(), runId, Source.EMBEDDINGS, embeddings));
        root.put("timeoutMs", timeoutMs);
        return root.toString();
    }

    /** Base of upstream URLs: the configured one, else the running test server, else gofit.public-url. */
    String upstreamBase() {
        if (config.upstreamBaseUrl().isPresent()) {
            return config.upstreamBaseUrl().get();
        }
        if (io.quarkus.runtime.LaunchMode.current() == io.quarkus.runtime.LaunchMode.TEST) {
            Optional<Integer> port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class);
            if (port.isPresent() && port.get() > 0) {
                return "http://127.0.0.1:" + port.get();
            }
        }
        return gofit.publicUrl();
    }

    List<UpstreamCall> calls(String runId) {
        return recorder.get().callsFor(runId);
    }

    /**
     * Whether {@code got} is the body one of the {@code source} calls was served: a retried or hedged
     * fetch leaves several calls, and the answer may carry any of their bodies.
     */
    static boolean isServedBody(List<UpstreamCall> calls, Source source, JsonNode got) {
        return got != null && calls.stream().anyMatch(c -> c.source() == source && c.answered() && c.body() != null
                && got.equals(parse(c.body())));
    }

    Optional<UpstreamCall> call(List<UpstreamCall> calls, Source source) {
        return calls.stream().filter(c -> c.source() == source).findFirst();
    }

    long answerDeadline() {
        return config.timeoutMs() + 1500L;
    }

    /**
     * One ungraded request first: endpoints on free-tier hosts sleep, and a cold start (or a cold
     * JIT) must not be counted against the first check.
     */
    private void warmUp(Ctx ctx) {
        String body = requestBody(ctx.runId(), "u-" + HexFormat.of().formatHex(randomBytes(3)),
                UpstreamScenario.ok(config.fastMs()), UpstreamScenario.ok(config.fastMs()), Math.max(config.timeoutMs(), 5000));
        await(http.post(ctx.target, "application/json", body, 10_000));
    }

    // ---------------------------------------------------------------- the checks

    private CheckResult contract(Ctx ctx) {
        int fast = config.fastMs();
        Probe p = send(ctx, UpstreamScenario.ok(fast), UpstreamScenario.ok(fast + 20), answerDeadline());
        pause(50);
        List<UpstreamCall> calls = calls(p.runId());
        Timeline timeline = timeline("request", p, calls);
        Verdict verdict = judgeAnswer(p, calls);
        Outcome outcome = verdict == null ? Outcome.PASS : verdict.outcome();
        String evidence = verdict == null
                ? "Answered " + p.exchange().summary() + "; userId, user and embeddings are exactly the bodies served "
                + "for this request (nonces " + nonces(calls) + ")."
                : verdict.why();
        return result("contract", outcome, evidence, 0, curl(ctx, p), List.of(timeline));
    }

    /** Why an answer is not the correct one: FAIL for the endpoint's fault, ERROR when GoFit cannot judge. */
    record Verdict(Outcome outcome, String why) {
        static Verdict fail(String why) {
            return new Verdict(Outcome.FAIL, why);
        }
    }

    /** Null when the answer is the correct 200 for this probe, else the verdict and why. */
    Verdict judgeAnswer(Probe p, List<UpstreamCall> calls) {
        HttpExchange ex = p.exchange();
        if (!ex.answered()) {
            return Verdict.fail("No answer: " + ex.failure() + " (after " + ex.millis() + " ms).");
        }
        if (ex.status() != 200) {
            return Verdict.fail("Answered " + ex.status() + " instead of 200: " + excerpt(ex.body()));
        }
        if (ex.contentType() == null || !ex.contentType().toLowerCase().contains("json")) {
            return Verdict.fail("Answered 200 but with Content-Type " + (ex.contentType() == null ? "missing" : ex.contentType())
                    + " instead of application/json.");
        }
        JsonNode answer = parse(ex.body());
        if (answer == null || !answer.isObject()) {
            return Verdict.fail("Answered 200 but the body is not a JSON object: " + excerpt(ex.body()));
        }
        if (!p.userId().equals(answer.path("userId").asText(null))) {
            return Verdict.fail("userId is " + excerpt(String.valueOf(answer.get("userId"))) + ", expected \"" + p.userId() + "\".");
        }
        for (Source s : Source.values()) {
            List<UpstreamCall> mine = calls.stream().filter(c -> c.source() == s).toList();
            if (mine.isEmpty()) {
                return Verdict.fail("The endpoint never fetched the " + s.key() + " source, yet answered 200.");
            }
            // A retried or hedged fetch leaves several calls: the answer may carry the body of any of them.
            List<UpstreamCall> servedBodies = mine.stream().filter(c -> c.answered() && c.body() != null).toList();
            if (servedBodies.isEmpty()) {
                if (mine.stream().noneMatch(UpstreamCall::answered)) {
                    return Verdict.fail("Answered 200 although its " + s.key() + " call had not been answered (it "
                            + (mine.get(0).callerHungUp() ? "hung up" : "was still waiting") + "), so the " + s.key()
                            + " field cannot be the body served.");
                }
                return new Verdict(Outcome.ERROR, "GoFit has no record of the " + s.key() + " body served, so the answer "
                        + "could not be compared; this is not the endpoint's fault.");
            }
            JsonNode got = answer.get(s.key());
            if (got == null) {
                return Verdict.fail("The answer has no \"" + s.key() + "\" field.");
            }
            if (!isServedBody(mine, s, got)) {
                return Verdict.fail("\"" + s.key() + "\" is not the body served for this request (expected nonce "
                        + servedBodies.get(0).nonce() + "): " + excerpt(got.toString()));
            }
        }
        return null;
    }

    private CheckResult concurrency(Ctx ctx) {
        int shortMs = config.concurrencyShortMs();
        int longMs = config.concurrencyLongMs();
        int sum = shortMs + longMs;
        long threshold = (longMs + sum) / 2;
        List<Timeline> timelines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int overlapping = 0;
        long best = Long.MAX_VALUE;
        Probe first = null;
        for (int i = 0; i < config.concurrencySamples(); i++) {
            boolean userSlow = i % 2 == 0;
            Probe p = send(ctx, UpstreamScenario.ok(userSlow ? longMs : shortMs),
                    UpstreamScenario.ok(userSlow ? shortMs : longMs), answerDeadline());
            first = first == null ? p : first;
            pause(30);
            List<UpstreamCall> calls = calls(p.runId());
            timelines.add(timeline("sample " + (i + 1), p, calls));
            Optional<UpstreamCall> u = call(calls, Source.USER);
            Optional<UpstreamCall> e = call(calls, Source.EMBEDDINGS);
            if (u.isEmpty() || e.isEmpty()) {
                notes.add("sample " + (i + 1) + ": the endpoint fetched " + (u.isEmpty() && e.isEmpty() ? "neither source"
                        : "only " + (u.isPresent() ? "user" : "embeddings")));
                continue;
            }
            long overlapMs = overlapMs(u.get(), e.get());
            long gapMs = Math.abs(u.get().arrivedNanos() - e.get().arrivedNanos()) / 1_000_000;
            if (overlapMs > 0) {
                overlapping++;
            }
            if (p.exchange().answered()) {
                best = Math.min(best, p.exchange().millis());
            }
            notes.add("sample " + (i + 1) + ": calls " + (overlapMs > 0 ? "overlapped " + overlapMs + " ms" : "did not overlap")
                    + " (second started " + gapMs + " ms after the first), answer " + p.exchange().summary());
        }
        boolean allOverlap = overlapping == config.concurrencySamples();
        boolean fastEnough = best <= threshold;
        Outcome outcome = allOverlap && fastEnough ? Outcome.PASS : Outcome.FAIL;
        String head = outcome == Outcome.PASS
                ? "The two upstream calls overlapped in every sample and the best total, " + best + " ms, is near max(delays) = "
                + longMs + " ms rather than their sum, " + sum + " ms."
                : !allOverlap ? "The upstream calls did not overlap in " + (config.concurrencySamples() - overlapping) + " of "
                + config.concurrencySamples() + " samples: they were fetched one after the other."
                : "The calls overlapped, but the best total was " + best + " ms, above " + threshold
                + " ms (max(delays) = " + longMs + " ms, sum = " + sum + " ms).";
        return result("concurrency", outcome, head + " " + String.join("; ", notes) + ".", 0, curl(ctx, first), timelines);
    }

    /**
     * One source faulted (each source in turn), the other healthy and quick: expect the fault's
     * status naming it, and the recorder must show the endpoint really met the fault.
     */
    private CheckResult faulted(Ctx ctx, InjectedFault fault) {
        List<Timeline> timelines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean allGood = true;
        Probe first = null;
        long limit = config.timeoutMs() + 500L;
        for (Source bad : Source.values()) {
            String late = null;
            for (int attempt = 1; attempt <= 2; attempt++) {
                UpstreamScenario healthy = UpstreamScenario.ok(config.fastMs() * 3);
                UpstreamScenario faulty = fault.scenario(config.fastMs());
                Probe p = send(ctx, bad == Source.USER ? faulty : healthy, bad == Source.USER ? healthy : faulty,
                        answerDeadline());
                first = first == null ? p : first;
                pause(30);
                List<UpstreamCall> calls = calls(p.runId());
                timelines.add(timeline(bad.key() + " " + fault.what + (attempt > 1 ? " (again)" : ""), p, calls));
                String problem = judgeError(p.exchange(), fault.expectedStatus, bad, limit);
                // Right answer, a little late: on a busy machine that can be GoFit's own stall, so one
                // more try decides. An endpoint that is really slow is late twice.
                if (problem != null && attempt == 1
                        && judgeError(p.exchange(), fault.expectedStatus, bad, Long.MAX_VALUE) == null) {
                    late = "first " + problem + ", so it was tried once more";
                    continue;
                }
                String note = problem;
                if (problem == null) {
                    InjectedFault.Proof proof = fault.prove(p.exchange(), bad, calls, config.timeoutMs());
                    problem = proof.ok() ? null : proof.evidence();
                    note = proof.evidence();
                }
                allGood &= problem == null;
                notes.add("When " + bad.key() + " " + fault.what + ": " + (late == null ? "" : late + "; then ") + note);
                break;
            }
        }
        return result(fault.check, allGood ? Outcome.PASS : Outcome.FAIL, String.join(". ", notes) + ".", 0,
                curl(ctx, first), timelines);
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

    private CheckResult cancellation(Ctx ctx) {
        int slow = config.slowMs();
        int fast = config.fastMs();
        List<Timeline> timelines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean allGood = true;
        Probe first = null;
        for (Source bad : Source.values()) {
            UpstreamScenario failing = UpstreamScenario.fail(fast, 500);
            UpstreamScenario slowOk = UpstreamScenario.ok(slow);
            Probe p = send(ctx, bad == Source.USER ? failing : slowOk,
                    bad == Source.USER ? slowOk : failing, answerDeadline());
            first = first == null ? p : first;
            // Wait until the slow call would have answered, so its record says whether it was abandoned.
            long sinceSent = (System.nanoTime() - p.exchange().sentNanos()) / 1_000_000;
            pause(Math.max(0, slow + 150 - sinceSent));
            List<UpstreamCall> calls = calls(p.runId());
            timelines.add(timeline(bad.key() + " fails fast", p, calls));
            Optional<UpstreamCall> slowCall = call(calls, bad.other());
            String note;
            // Judged from the recorder, not from a stopwatch: the slow call must have been abandoned
            // (hung up) before it answered, which also proves the endpoint did not wait for it.
            if (!p.exchange().answered()) {
                note = "no answer: " + p.exchange().failure();
                allGood = false;
            } else if (slowCall.isEmpty()) {
                note = "answered in " + p.exchange().millis() + " ms without ever calling " + bad.other().key()
                        + " (nothing to cancel: the calls were not concurrent)";
                allGood = false;
            } else if (slowCall.get().callerHungUp()) {
                long at = (slowCall.get().hungUpNanos() - slowCall.get().arrivedNanos()) / 1_000_000;
                note = "answered " + p.exchange().summary() + " and hung up on " + bad.other().key() + " after " + at
                        + " ms of its " + slow + " ms";
            } else if (p.exchange().endNanos() >= slowCall.get().endNanos()) {
                note = "answered after " + p.exchange().millis() + " ms: it waited for the slow " + bad.other().key()
                        + " call (" + slow + " ms) instead of answering when " + bad.key() + " failed";
                allGood = false;
            } else {
                note = "answered " + p.exchange().summary() + " but let the " + bad.other().key()
                        + " call run to its end (it was not cancelled)";
                allGood = false;
            }
            notes.add("When " + bad.key() + " fails fast: " + note);
        }
        return result("cancellation", allGood ? Outcome.PASS : Outcome.FAIL, String.join(". ", notes) + ".", 0,
                curl(ctx, first), timelines);
    }

    private CheckResult badRequest(Ctx ctx) {
        List<String> notes = new ArrayList<>();
        boolean allGood = true;
        String[][] cases = {
                {"a body that is not JSON", "{\"userId\": \"u-1\", \"query\": "},
                {"a request without sources", "{\"userId\":\"u-1\",\"query\":\"q\",\"timeoutMs\":1000}"}};
        String firstCurl = null;
        for (String[] c : cases) {
            HttpExchange ex = await(http.post(ctx.target, "application/json", c[1], answerDeadline()));
            firstCurl = firstCurl == null ? curlLine(ctx.target.url(), c[1]) : firstCurl;
            boolean ok = ex.answered() && ex.status() == 400;
            allGood &= ok;
            notes.add("For " + c[0] + ": " + (ok ? "answered " + ex.summary()
                    : ex.answered() ? "answered " + ex.status() + " instead of 400 (" + excerpt(ex.body()) + ")"
                    : "no answer: " + ex.failure() + " (did it crash?)"));
        }
        return result("bad-request", allGood ? Outcome.PASS : Outcome.FAIL, String.join(". ", notes) + ".", 0, firstCurl,
                List.of());
    }

    // ---------------------------------------------------------------- helpers

    CheckResult result(String name, Outcome outcome, String evidence, long ms, String curl, List<Timeline> timelines) {
        CheckCatalog.Check check = catalog.check(name);
        return new CheckResult(name, check == null ? name : check.title(), outcome, evidence, ms, curl, timelines);
    }

    static long overlapMs(UpstreamCall a, UpstreamCall b) {
        long now = System.nanoTime();
        long endA = a.endNanos() < 0 ? now : a.endNanos();
        long endB = b.endNanos() < 0 ? now : b.endNanos();
        return (Math.min(endA, endB) - Math.max(a.arrivedNanos(), b.arrivedNanos())) / 1_000_000;
    }

    Timeline timeline(String label, Probe p, List<UpstreamCall> calls) {
        long t0 = p.exchange().sentNanos();
        List<Span> spans = new ArrayList<>();
        for (UpstreamCall c : calls) {
            long end = c.endNanos() < 0 ? p.exchange().endNanos() : c.endNanos();
            String how = c.answered() ? (c.status() == 0 ? "dropped" : String.valueOf(c.status()))
                    : c.callerHungUp() ? "hung up" : "open";
            spans.add(new Span(c.source().key(), Math.max(0, (c.arrivedNanos() - t0) / 1_000_000),
                    Math.max(0, (end - t0) / 1_000_000), how));
        }
        HttpExchange ex = p.exchange();
        return new Timeline(label, ex.millis(), ex.answered() ? String.valueOf(ex.status()) : "no answer", spans);
    }

    String curl(Ctx ctx, Probe p) {
        return p == null ? null : curlLine(ctx.target.url(), p.requestBody());
    }

    static String curlLine(String url, String body) {
        return "curl -sS -i -X POST '" + url.replace("'", "'\\''") + "' -H 'Content-Type: application/json' --data '"
                + body.replace("'", "'\\''") + "'";
    }

    static String nonces(List<UpstreamCall> calls) {
        return String.join(", ", calls.stream().map(c -> c.nonce() == null ? "-" : c.nonce()).toList());
    }

    static JsonNode parse(String body) {
        if (body == null) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    static String excerpt(String body) {
        if (body == null || body.isEmpty()) {
            return "empty body";
        }
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }

    static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** Sleeps on the review worker; an interrupt (GoFit stopping) ends the review, see {@link ReviewInterruptedException}. */
    static void pause(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReviewInterruptedException(e);
        }
    }

    /**
     * Waits for non-blocking work on the review worker. Unlike {@code join()} it gives way to an
     * interrupt, so stopping GoFit does not wait for a slow endpoint (or a 30 s load burst).
     */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReviewInterruptedException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new CompletionException(e.getCause());
        }
    }
}
