package dev.gofit.demo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Runs the demo: the same two signed upstreams fetched one after the other and concurrently, at the
 * same time, then reads back what the recorder saw. Finished runs are kept a while for post/redirect/get.
 */
@ApplicationScoped
public class DemoRunner {

    /** The timeout of every demo run. */
    public static final int TIMEOUT_MS = 2_500;
    /** Largest delay a visitor may choose. */
    public static final int MAX_DELAY_MS = 2_000;

    /** One demo: the choices and the two runs side by side. */
    public record Result(String id, int userDelayMs, int embeddingsDelayMs, DemoFailure failure, DemoRun sequential,
                         DemoRun concurrent, Timeline sequentialTimeline, Timeline concurrentTimeline,
                         String sentence) {

        public int timeoutMs() {
            return TIMEOUT_MS;
        }
    }

    private record Timed(ReferenceAggregator.Result result, long endNanos) {
    }

    @Inject
    ReferenceAggregator aggregator;
    @Inject
    UpstreamLinks links;
    @Inject
    CallRecorder recorder;

    private final Cache<String, Result> results = Caffeine.newBuilder()
            .maximumSize(2_000).expireAfterWrite(Duration.ofMinutes(30)).build();

    public Optional<Result> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(results.getIfPresent(id));
    }

    /** Runs both modes against upstreams reached through {@code baseUrl} (this instance). Blocks a few seconds at most. */
    public Result run(String baseUrl, int userDelayMs, int embeddingsDelayMs, DemoFailure failure) throws Exception {
        String id = UUID.randomUUID().toString();
        String seqRun = "demo-" + id + "-seq";
        String conRun = "demo-" + id + "-con";
        long seqStart = System.nanoTime();
        Future<Timed> seq = start(request(baseUrl, seqRun, userDelayMs, embeddingsDelayMs, failure), true);
        long conStart = System.nanoTime();
        Future<Timed> con = start(request(baseUrl, conRun, userDelayMs, embeddingsDelayMs, failure), false);
        Timed s = seq.toCompletionStage().toCompletableFuture().get(TIMEOUT_MS + 5_000, TimeUnit.MILLISECONDS);
        Timed c = con.toCompletionStage().toCompletableFuture().get(TIMEOUT_MS + 5_000, TimeUnit.MILLISECONDS);
        awaitEnds(seqRun, conRun);

        DemoRun sequential = run(true, seqStart, s, recorder.callsFor(seqRun));
        DemoRun concurrent = run(false, conStart, c, recorder.callsFor(conRun));
        long scale = Timeline.scaleMs(List.of(sequential, concurrent));
        Result result = new Result(id, userDelayMs, embeddingsDelayMs, failure, sequential, concurrent,
                Timeline.of(sequential, scale), Timeline.of(concurrent, scale),
                DemoExplanation.sentence(sequential, concurrent, userDelayMs, embeddingsDelayMs, TIMEOUT_MS));
        results.put(id, result);
        return result;
    }

    private AggregateRequest request(String baseUrl, String runId, int userDelayMs, int embeddingsDelayMs,
                                     DemoFailure failure) {
        return new AggregateRequest("u-demo", UpstreamRoutes.SIGNED_QUERY,
                URI.create(links.url(baseUrl, runId, Source.USER, failure.scenario(Source.USER, userDelayMs))),
                URI.create(links.url(baseUrl, runId, Source.EMBEDDINGS, failure.scenario(Source.EMBEDDINGS, embeddingsDelayMs))),
                TIMEOUT_MS);
    }

    private Future<Timed> start(AggregateRequest request, boolean sequential) {
        return aggregator.run(request, sequential).result().map(r -> new Timed(r, System.nanoTime()));
    }

    private static DemoRun run(boolean sequential, long start, Timed t, List<UpstreamCall> calls) {
        return new DemoRun(sequential, start, t.endNanos(), t.result().status(), t.result().failedSource(),
                t.result().error(), calls);
    }

    /** A cancelled call's hang-up reaches the recorder just after the answer: wait for it briefly. */
    private void awaitEnds(String... runIds) throws InterruptedException {
        long deadline = System.nanoTime() + 500_000_000L;
        while (System.nanoTime() < deadline) {
            boolean open = false;
            for (String runId : runIds) {
                open |= recorder.callsFor(runId).stream().anyMatch(c -> c.endNanos() < 0);
            }
            if (!open) {
                return;
            }
            Thread.sleep(5);
        }
    }
}
