package dev.gofit.pilot;

import dev.gofit.outbound.BoundedBurst;
import dev.gofit.outbound.GuardedHttpClient;
import dev.gofit.outbound.HttpExchange;
import dev.gofit.outbound.Target;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a bounded load measurement with the non-blocking Vert.x HTTP client: {@code concurrency}
 * requests in flight at most, {@code requests} in total, stopped at the time cap whatever is
 * left. Redirects are not followed (the core client does not), and every connection goes to the
 * address the take-home's {@code TargetGuard} checked, so DNS rebinding cannot redirect the load.
 * <p>
 * Each request has the review engine's limits ({@link GuardedHttpClient}): an absolute deadline
 * that resets it, so a drip-feeding endpoint cannot hold it until the cap, and a body cap of
 * {@link GuardedHttpClient#MAX_BODY_BYTES}: chunks are counted and dropped, never buffered, so an
 * endless answer on hundreds of connections cannot fill the heap.
 */
@ApplicationScoped
public class LoadMeasurer {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final Vertx vertx;

    public LoadMeasurer(Vertx vertx) {
        this.vertx = vertx;
    }

    public CompletionStage<LoadResult> run(LoadSpec spec) {
        return run(spec, new AtomicInteger());
    }

    /** @param finished counts the requests that have ended (answered, failed or reset), for progress */
    public CompletionStage<LoadResult> run(LoadSpec spec, AtomicInteger finished) {
        HttpClient client = client(spec);
        RequestOptions options = options(spec);
        Buffer body = spec.body() != null && !spec.body().isEmpty() ? Buffer.buffer(spec.body()) : null;
        long deadlineMs = Math.max(1, spec.requestTimeout().toMillis());
        // Settled at the cap: calls still in flight then are what "stopped early" reports.
        BoundedBurst.Limits limits = new BoundedBurst.Limits(spec.requests(), spec.concurrency(), spec.timeCap(),
                Duration.ZERO, Integer.MAX_VALUE);
        return BoundedBurst.<HttpExchange>run(limits,
                        i -> GuardedHttpClient.exchange(vertx, client, options, body, deadlineMs, false)
                                .whenComplete((exchange, error) -> finished.incrementAndGet()), call -> false)
                .thenApply(outcome -> figures(spec, outcome))
                // Closing the client also resets whatever the cap left in flight.
                .whenComplete((result, error) -> client.close());
    }

    private HttpClient client(LoadSpec spec) {
        return vertx.createHttpClient(clientOptions(spec), new PoolOptions().setHttp1MaxSize(spec.concurrency())
                .setMaxWaitQueueSize(spec.concurrency()));
    }

    /** The review engine's guarded options (SNI, host verification, no redirects), with the pilot's timeouts. */
    static HttpClientOptions clientOptions(LoadSpec spec) {
        int timeoutMs = (int) Math.max(1, spec.requestTimeout().toMillis());
        return GuardedHttpClient.options(timeoutMs)
                .setSsl(spec.target().https())
                .setIdleTimeout(timeoutMs)
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
    }

    private static RequestOptions options(LoadSpec spec) {
        Target target = spec.target();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.valueOf(spec.method()))
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.pathAndQuery())
                .setFollowRedirects(false)
                .putHeader("User-Agent", "GoFit-pilot-measurement")
                .putHeader("Accept", "*/*");
        if (spec.body() != null && !spec.body().isEmpty()) {
            options.putHeader("Content-Type", spec.contentType() != null ? spec.contentType() : "application/json");
        }
        return options;
    }

    /** Latency percentiles of the 2xx answers; anything else, or no answer, is an error. */
    private static LoadResult figures(LoadSpec spec, BoundedBurst.Outcome<HttpExchange> outcome) {
        Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
        int errors = 0;
        String firstError = null;
        for (BoundedBurst.Call<HttpExchange> call : outcome.calls()) {
            HttpExchange exchange = call.value();
            if (!call.threw() && exchange.answered() && exchange.status() / 100 == 2) {
                latencies.recordValue(Math.min(HIGHEST_MICROS, call.latencyNanos() / 1_000));
            } else {
                errors++;
                if (firstError == null) {
                    firstError = call.threw() ? describe(call.error())
                            : exchange.answered() ? "HTTP " + exchange.status() : exchange.failure();
                }
            }
        }
        int ok = (int) latencies.getTotalCount();
        boolean any = ok > 0;
        double seconds = Math.max(1, outcome.wallNanos()) / 1e9;
        return new LoadResult(spec.concurrency(), spec.requests(), outcome.calls().size(), ok, errors,
                any ? millis(latencies.getValueAtPercentile(50)) : 0,
                any ? millis(latencies.getValueAtPercentile(95)) : 0,
                any ? millis(latencies.getValueAtPercentile(99)) : 0,
                any ? millis(latencies.getMaxValue()) : 0,
                Math.round(ok / seconds * 10) / 10.0,
                outcome.wallNanos() / 1_000_000, outcome.stoppedEarly(), firstError);
    }

    private static double millis(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
