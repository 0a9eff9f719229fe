package dev.gofit.takehome;

import dev.gofit.outbound.HttpExchange;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gofit.demo.Source;
import dev.gofit.demo.UpstreamCall;
import dev.gofit.demo.UpstreamScenario;
import dev.gofit.outbound.BoundedBurst;
import dev.gofit.takehome.ReviewReport.CheckResult;
import dev.gofit.takehome.ReviewReport.LoadStats;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The load check: a bounded burst (N requests, C in flight, a time cap) where every request has
 * its own run id and nonces. Counts answers that are wrong or belong to another request
 * (cross-talk), errors, and the latency distribution (HdrHistogram) against the ideal.
 */
final class LoadCheck {

    private final ReviewEngine engine;
    private final ReviewConfig.Load config;

    LoadCheck(ReviewEngine engine, ReviewConfig.Load config) {
        this.engine = engine;
        this.config = config;
    }

    private record Sent(int index, String runId, String userId, HttpExchange exchange) {
    }

    /** The load check's verdict and its figures. */
    record Result(CheckResult check, LoadStats stats) {
    }

    Result run(ReviewEngine.Ctx ctx) {
        int total = config.requests();
        int concurrency = Math.min(config.concurrency(), total);
        // Each request carries its own timeoutMs, up to 1 s above the configured (generous) minimum.
        long deadline = config.timeoutMs() + 1000L + 1500L;
        String[] sample = new String[1];
        // Calls in flight at the cap may still end within one request deadline.
        BoundedBurst.Limits limits = new BoundedBurst.Limits(total, concurrency,
                Duration.ofSeconds(config.maxSeconds()), Duration.ofMillis(deadline), config.stopAfterErrors());
        BoundedBurst.Outcome<Sent> outcome = ReviewEngine.await(BoundedBurst.<Sent>run(limits, i -> {
            String runId = ctx.runId();
            String userId = "load-" + i + "-" + HexFormat.of().formatHex(ReviewEngine.randomBytes(3));
            String body = engine.requestBody(runId, userId, UpstreamScenario.ok(config.fastMs()),
                    UpstreamScenario.ok(config.slowMs()), config.timeoutMs() + ThreadLocalRandom.current().nextInt(1001));
            if (i == 0) {
                sample[0] = body;
            }
            return engine.httpPost(ctx.target, body, deadline).thenApply(ex -> new Sent(i, runId, userId, ex));
        }, c -> c.value() == null || !c.value().exchange().answered() || c.value().exchange().status() != 200));
        List<Sent> done = outcome.calls().stream().map(BoundedBurst.Call::value).filter(Objects::nonNull).toList();
        // Let the recorder see the last upstream calls end before they are read.
        ReviewEngine.pause(100);
        return judge(ctx, done, total, concurrency, outcome.wallNanos(), sample[0]);
    }

    private Result judge(ReviewEngine.Ctx ctx, List<Sent> done, int total, int concurrency, long wallNanos,
                              String sampleBody) {
        // Every body served in this burst, so an answer carrying someone else's body is recognised.
        Map<String, Integer> owner = new HashMap<>();
        Map<Integer, List<UpstreamCall>> callsOf = new HashMap<>();
        for (Sent s : done) {
            List<UpstreamCall> calls = engine.calls(s.runId());
            callsOf.put(s.index(), calls);
            for (UpstreamCall c : calls) {
                JsonNode body = ReviewEngine.parse(c.body());
                if (body != null) {
                    owner.put(c.source().key() + body, s.index());
                }
            }
        }
        Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        int correct = 0;
        int errors = 0;
        int wrong = 0;
        int crossTalk = 0;
        int unjudged = 0;
        int neverFetched = 0;
        String firstProblem = null;
        for (Sent s : done) {
            HttpExchange ex = s.exchange();
            if (ex == null || !ex.answered()) {
                errors++;
                firstProblem = firstProblem == null ? "request " + s.index() + ": no answer ("
                        + (ex == null ? "?" : ex.failure()) + ")" : firstProblem;
                continue;
            }
            histogram.recordValue(Math.max(0, (ex.endNanos() - ex.sentNanos()) / 1000));
            if (ex.status() != 200) {
                errors++;
                firstProblem = firstProblem == null ? "request " + s.index() + ": answered " + ex.status() + " ("
                        + ReviewEngine.excerpt(ex.body()) + ")" : firstProblem;
                continue;
            }
            List<UpstreamCall> calls = callsOf.get(s.index());
            JsonNode answer = ReviewEngine.parse(ex.body());
            if (calls.isEmpty()) {
                if (carriesIssuedNonces(s.runId(), answer)) {
                    unjudged++; // provably fetched, but GoFit lost the record: GoFit's fault, not the endpoint's
                } else {
                    neverFetched++;
                    firstProblem = firstProblem == null ? "request " + s.index() + " answered 200 although GoFit's "
                            + "upstreams saw no call for it: " + ReviewEngine.excerpt(ex.body()) : firstProblem;
                }
                continue;
            }
            if (calls.size() < 2) {
                wrong++;
                firstProblem = firstProblem == null ? "request " + s.index() + " answered 200 after fetching only "
                        + calls.get(0).source().key() : firstProblem;
                continue;
            }
            boolean own = answer != null && s.userId().equals(answer.path("userId").asText(null));
            boolean other = false;
            for (Source src : Source.values()) {
                JsonNode got = answer == null ? null : answer.get(src.key());
                if (!ReviewEngine.isServedBody(calls, src, got)) {
                    own = false;
                    Integer belongs = got == null ? null : owner.get(src.key() + got);
                    if (belongs != null && belongs != s.index()) {
                        other = true;
                    }
                }
            }
            if (answer != null && answer.path("userId").isTextual() && !s.userId().equals(answer.path("userId").asText())
                    && answer.path("userId").asText().startsWith("load-")) {
                other = true;
            }
            if (own) {
                correct++;
            } else if (other) {
                crossTalk++;
                firstProblem = firstProblem == null ? "request " + s.index() + " got another request's data" : firstProblem;
            } else {
                wrong++;
                firstProblem = firstProblem == null ? "request " + s.index() + ": wrong answer "
                        + ReviewEngine.excerpt(ex.body()) : firstProblem;
            }
        }
        int notSent = total - done.size();
        long wallMs = wallNanos / 1_000_000;
        double throughput = wallNanos == 0 ? 0 : Math.round(done.size() * 1e10 / wallNanos) / 10.0;
        LoadStats stats = new LoadStats(total, concurrency, correct, errors + notSent,
                ms(histogram, 50), ms(histogram, 95), ms(histogram, 99),
                histogram.getTotalCount() == 0 ? 0 : Math.round(histogram.getMaxValue() / 1000.0),
                throughput, config.slowMs(), done.size(), wrong + neverFetched, crossTalk, wallMs);
        Outcome outcome;
        String head;
        if (unjudged > 0 && correct + unjudged == total) {
            outcome = Outcome.ERROR;
            head = "GoFit's upstream recorder kept no record for " + unjudged + " requests, so they could not be judged.";
        } else if (correct == total) {
            outcome = Outcome.PASS;
            head = "All " + total + " answers were correct and each belonged to its own request (no cross-talk, no errors).";
        } else {
            outcome = Outcome.FAIL;
            head = correct + " of " + total + " answers were correct: "
                    + (neverFetched > 0 ? neverFetched + " answered 200 although the endpoint never fetched the sources "
                    + "(GoFit's upstreams saw no call for those requests, and their nonces are not ones GoFit issued "
                    + "for them), " : "")
                    + crossTalk + " carried another request's data "
                    + "(cross-talk), " + wrong + " were otherwise wrong, " + errors + " failed"
                    + (notSent > 0 ? ", " + notSent + " were not sent (stopped early: too many failures or the "
                    + config.maxSeconds() + " s cap)" : "") + ". First problem: " + firstProblem + ".";
        }
        String evidence = head + " " + concurrency + " at once, " + done.size() + " sent in " + wallMs + " ms ("
                + throughput + " req/s); latency p50 " + stats.p50Ms() + " ms, p95 " + stats.p95Ms() + " ms, p99 "
                + stats.p99Ms() + " ms, max " + stats.maxMs() + " ms against an ideal of " + config.slowMs() + " ms.";
        CheckResult r = engine.result("load", outcome, evidence, 0,
                sampleBody == null ? null : ReviewEngine.curlLine(ctx.target.url(), sampleBody), List.of())
                .withVerdict(outcome == Outcome.FAIL ? correct + " of " + total + " answers were correct; first problem: "
                        + firstProblem + "." : head);
        return new Result(r, stats);
    }

    /**
     * Whether an answer GoFit has no record for still provably carries bodies GoFit served for that
     * request: both nonces were issued (signed) for its run. An invented answer cannot carry them, so
     * only then is the missing record GoFit's loss rather than an endpoint that never fetched.
     */
    private boolean carriesIssuedNonces(String runId, JsonNode answer) {
        if (answer == null) {
            return false;
        }
        for (Source src : Source.values()) {
            String nonce = answer.path(src.key()).path("nonce").asText(null);
            if (!engine.issued(runId, src, nonce)) {
                return false;
            }
        }
        return true;
    }

    private static long ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : Math.round(h.getValueAtPercentile(percentile) / 1000.0);
    }
}
