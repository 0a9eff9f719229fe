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
    private final FaultChecks faultChecks;

    public ReviewEngine(Instance<UpstreamLinks> links, Instance<CallRecorder> recorder, GuardedHttpClient http,
                        ReviewConfig config, GoFitConfig gofit, CheckCatalog catalog) {
        this.links = links;
        this.recorder = recorder;
        this.http = http;
        this.config = config;
        this.gofit = gofit;
        this.catalog = catalog;
        this.loadCheck = new LoadCheck(this, config.load());
        this.faultChecks = new FaultChecks(this, config);
        if (config.timeoutMinMs() < 100 || config.timeoutMaxMs() - config.timeoutMinMs() < TIMEOUT_GAP_MS) {
            throw new IllegalStateException("gofit.review.timeout-max-ms must be at least gofit.review.timeout-min-ms + "
                    + TIMEOUT_GAP_MS + " (and the minimum at least 100): the timeout check needs two timeoutMs values "
                    + "that far apart (found " + config.timeoutMinMs() + "-" + config.timeoutMaxMs() + ")");
        }
    }

    /** How much later than timeoutMs a failure answer may come. */
    static final long LATE_MS = 500;

    /**
     * How far apart the timeout check's two timeoutMs values of one direction are: an answer counts
     * in [T - slack (at most 100), T + 500], so with this gap no fixed deadline fits both windows, with
     * 300 ms to spare for a loaded machine's jitter.
     */
    static final int TIMEOUT_GAP_MS = (int) LATE_MS + 100 + 300;

    /** A timeoutMs for one request: drawn from the configured range, at least {@code floorMs}. */
    int drawTimeout(int floorMs) {
        int lo = Math.min(Math.max(config.timeoutMinMs(), floorMs), config.timeoutMaxMs());
        return lo + RANDOM.nextInt(config.timeoutMaxMs() - lo + 1);
    }

    /** Two timeoutMs values, the second at least {@link #TIMEOUT_GAP_MS} above the first. */
    int[] twoTimeouts() {
        int lo = config.timeoutMinMs();
        int hi = config.timeoutMaxMs();
        int first = lo + RANDOM.nextInt(hi - lo - TIMEOUT_GAP_MS + 1);
        int second = first + TIMEOUT_GAP_MS + RANDOM.nextInt(hi - first - TIMEOUT_GAP_MS + 1);
        return new int[]{first, second};
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
        String unreachable = warmUp(ctx);
        if (unreachable != null) {
            // Nothing to judge: eight failed checks with empty charts would only hide the one fix needed.
            for (String name : CheckCatalog.NAMES) {
                results.add(result(name, Outcome.FAIL, "Not run: GoFit could not reach the endpoint (" + unreachable
                        + ").", 0, null, List.of()).withVerdict("Not run: the endpoint could not be reached."));
            }
            ReviewConfig.Load l = config.load();
            // Nothing was sent: every request counts as an error, and no latency or throughput was measured.
            ReviewReport.LoadStats none = new ReviewReport.LoadStats(l.requests(), l.concurrency(), 0, l.requests(), 0, 0,
                    0, 0, 0.0, l.slowMs(), 0, 0, 0, 0);
            ReviewReport report = new ReviewReport(List.copyOf(results), none, unreachable);
            onCheck.accept(report);
            return report;
        }
        for (String name : CheckCatalog.NAMES) {
            long start = System.nanoTime();
            CheckResult r;
            try {
                r = switch (name) {
                    case "contract" -> contract(ctx);
                    case "concurrency" -> twice(() -> concurrency(ctx));
                    case "upstream-error", "bad-json", "timeout" -> faultChecks.run(ctx, name);
                    case "cancellation" -> twice(() -> cancellation(ctx));
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
                    r.curl(), r.timelines(), r.verdict());
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
    record Probe(String runId, String userId, String requestBody, int timeoutMs, HttpExchange exchange) {
    }

    /** One request carrying {@code timeoutMs}; GoFit waits for its answer up to timeoutMs + 1.5 s. */
    Probe send(Ctx ctx, UpstreamScenario user, UpstreamScenario embeddings, int timeoutMs) {
        return await(sendAsync(ctx, user, embeddings, timeoutMs));
    }

    CompletableFuture<Probe> sendAsync(Ctx ctx, UpstreamScenario user, UpstreamScenario embeddings, int timeoutMs) {
        String runId = ctx.runId();
        String userId = "u-" + HexFormat.of().formatHex(randomBytes(3));
        String body = requestBody(runId, userId, user, embeddings, timeoutMs);
        return http.post(ctx.target, "application/json", body, answerDeadline(timeoutMs))
                .thenApply(ex -> new Probe(runId, userId, body, timeoutMs, ex));
    }

    CompletableFuture<HttpExchange> httpPost(Target target, String body, long deadlineMs) {
        return http.post(target, "application/json", body, deadlineMs);
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

    /** Whether {@code nonce} is one GoFit's upstream issued for a {@code source} call of {@code runId}. */
    boolean issued(String runId, Source source, String nonce) {
        return links.get().issued(runId, source, nonce);
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

    static long answerDeadline(int timeoutMs) {
        return timeoutMs + 1500L;
    }

    /**
     * One ungraded request first: endpoints on free-tier hosts sleep, and a cold start (or a cold
     * JIT) must not be counted against the first check. Returns why the endpoint cannot be reached at
     * all (refused, no connection in time, TLS), after one more try, or null when it can.
     */
    private String warmUp(Ctx ctx) {
        String failure = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            String body = requestBody(ctx.runId(), "u-" + HexFormat.of().formatHex(randomBytes(3)),
                    UpstreamScenario.ok(config.fastMs()), UpstreamScenario.ok(config.fastMs()),
                    Math.max(config.timeoutMaxMs(), 5000));
            HttpExchange ex = await(http.post(ctx.target, "application/json", body, 10_000));
            failure = ex.answered() || !cannotConnect(ex.failure()) ? null : ex.failure();
            if (failure == null) {
                return null;
            }
            pause(500);
        }
        return failure;
    }

    /** Whether a failure means no connection was made at all (as opposed to a bad or missing answer). */
    static boolean cannotConnect(String failure) {
        return failure != null && (failure.equals("connection refused") || failure.equals("could not connect in time")
                || failure.startsWith("TLS failed"));
    }

    // ---------------------------------------------------------------- the checks

    private CheckResult contract(Ctx ctx) {
        int fast = config.fastMs();
        Probe p = send(ctx, UpstreamScenario.ok(fast), UpstreamScenario.ok(fast + 20), drawTimeout(fast + 300));
        pause(50);
        List<UpstreamCall> calls = calls(p.runId());
        Timeline timeline = timeline("request", p, calls);
        Verdict verdict = judgeAnswer(p, calls);
        Outcome outcome = verdict == null ? Outcome.PASS : verdict.outcome();
        String evidence = verdict == null
                ? "Answered " + p.exchange().summary() + "; userId, user and embeddings are exactly the bodies served "
                + "for this request (nonces " + nonces(calls) + ")."
                : verdict.why();
        return result("contract", outcome, evidence, 0, curl(ctx, p), List.of(timeline)).withVerdict(verdict == null
                ? "Answered 200 with exactly the bodies served for this request." : verdict.why());
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

    /**
     * A timing check that failed is run once more, and the second run decides (its timelines follow
     * the first's): a machine busy with other reviews can delay one request's upstream calls by
     * hundreds of ms, but an endpoint that really fetches one after the other, or never cancels,
     * fails every time.
     */
    CheckResult twice(java.util.function.Supplier<CheckResult> check) {
        CheckResult first = check.get();
        if (first.outcome() != Outcome.FAIL) {
            return first;
        }
        CheckResult second = check.get();
        List<Timeline> timelines = new ArrayList<>(first.timelines());
        timelines.addAll(second.timelines());
        String evidence = "First run: " + first.evidence() + " Tried once more, as a busy machine can be the cause; "
                + "second run: " + second.evidence();
        return new CheckResult(second.name(), second.title(), second.outcome(), evidence, 0, second.curl(), timelines,
                second.outcome() == Outcome.PASS ? second.verdict() : second.verdict() + " (the same on a second try)");
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
            // Even one after the other the calls finish well within timeoutMs: this check is about overlap only.
            Probe p = send(ctx, UpstreamScenario.ok(userSlow ? longMs : shortMs),
                    UpstreamScenario.ok(userSlow ? shortMs : longMs), drawTimeout(sum + 300));
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
                // Timed from the first upstream call to the answer, both on GoFit's clock: what the endpoint
                // spent, without the trip of GoFit's request to it (which a busy machine stretches).
                long firstArrival = Math.min(u.get().arrivedNanos(), e.get().arrivedNanos());
                best = Math.min(best, (p.exchange().endNanos() - firstArrival) / 1_000_000);
            }
            notes.add("sample " + (i + 1) + ": calls " + (overlapMs > 0 ? "overlapped " + overlapMs + " ms" : "did not overlap")
                    + " (second started " + gapMs + " ms after the first), answer " + p.exchange().summary());
        }
        boolean allOverlap = overlapping == config.concurrencySamples();
        boolean fastEnough = best <= threshold;
        Outcome outcome = allOverlap && fastEnough ? Outcome.PASS : Outcome.FAIL;
        String head = outcome == Outcome.PASS
                ? "The two upstream calls overlapped in every sample, and at best the endpoint answered " + best
                + " ms after its first upstream call arrived: near max(delays) = " + longMs + " ms rather than their sum, "
                + sum + " ms."
                : !allOverlap ? "The upstream calls did not overlap in " + (config.concurrencySamples() - overlapping) + " of "
                + config.concurrencySamples() + " samples: they were fetched one after the other."
                : "The calls overlapped, but at best the endpoint answered " + best + " ms after its first upstream call "
                + "arrived, above " + threshold + " ms (max(delays) = " + longMs + " ms, sum = " + sum + " ms).";
        return result("concurrency", outcome, head + " " + String.join("; ", notes) + ".", 0, curl(ctx, first), timelines)
                .withVerdict(head);
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
                    bad == Source.USER ? slowOk : failing, drawTimeout(slow + 400));
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
        String firstWrong = allGood ? null : notes.stream().filter(x -> !x.contains(" and hung up on ")).findFirst()
                .orElse(notes.get(0));
        return result("cancellation", allGood ? Outcome.PASS : Outcome.FAIL, String.join(". ", notes) + ".", 0,
                curl(ctx, first), timelines).withVerdict(allGood
                ? "In both directions it answered promptly and hung up on the slow call." : firstWrong + ".");
    }

    private CheckResult badRequest(Ctx ctx) {
        List<String> notes = new ArrayList<>();
        boolean allGood = true;
        String[][] cases = {
                {"a body that is not JSON", "{\"userId\": \"u-1\", \"query\": "},
                {"a request without sources", "{\"userId\":\"u-1\",\"query\":\"q\",\"timeoutMs\":1000}"}};
        String firstCurl = null;
        for (String[] c : cases) {
            HttpExchange ex = await(http.post(ctx.target, "application/json", c[1], answerDeadline(ReviewConfig.SAMPLE_TIMEOUT_MS)));
            firstCurl = firstCurl == null ? curlLine(ctx.target.url(), c[1]) : firstCurl;
            boolean ok = ex.answered() && ex.status() == 400;
            allGood &= ok;
            notes.add("For " + c[0] + ": " + (ok ? "answered " + ex.summary()
                    : ex.answered() ? "answered " + ex.status() + " instead of 400 (" + excerpt(ex.body()) + ")"
                    : "no answer: " + ex.failure() + " (did it crash?)"));
        }
        String firstWrong = notes.stream().filter(x -> !x.contains("answered 400")).findFirst().orElse(null);
        return result("bad-request", allGood ? Outcome.PASS : Outcome.FAIL, String.join(". ", notes) + ".", 0, firstCurl,
                List.of()).withVerdict(allGood ? "Both malformed requests got 400." : firstWrong + ".");
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
