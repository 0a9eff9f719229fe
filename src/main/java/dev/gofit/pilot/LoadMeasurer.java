package dev.gofit.pilot;

import dev.gofit.takehome.Target;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a bounded load measurement with the non-blocking Vert.x HTTP client: {@code concurrency}
 * requests in flight at most, {@code requests} in total, stopped at the time cap whatever is
 * left. Redirects are not followed (the core client does not), and every connection goes to the
 * address the take-home's {@code TargetGuard} checked, so DNS rebinding cannot redirect the load.
 */
@ApplicationScoped
public class LoadMeasurer {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final Vertx vertx;

    public LoadMeasurer(Vertx vertx) {
        this.vertx = vertx;
    }

    public CompletionStage<LoadResult> run(LoadSpec spec) {
        return new Run(spec).start();
    }

    private final class Run {
        private final LoadSpec spec;
        private final HttpClient client;
        private final RequestOptions options;
        private final Buffer body;
        private final Histogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        private final AtomicInteger issued = new AtomicInteger();
        private final AtomicInteger completed = new AtomicInteger();
        private final AtomicInteger ok = new AtomicInteger();
        private final AtomicInteger errors = new AtomicInteger();
        private final AtomicReference<String> firstError = new AtomicReference<>();
        private final AtomicBoolean finished = new AtomicBoolean();
        private final CompletableFuture<LoadResult> result = new CompletableFuture<>();
        private long startNanos;
        private long timer;

        Run(LoadSpec spec) {
            this.spec = spec;
            Target target = spec.target();
            int timeoutMs = (int) Math.max(1, spec.requestTimeout().toMillis());
            HttpClientOptions clientOptions = new HttpClientOptions()
                    .setSsl(target.https())
                    .setKeepAlive(true)
                    .setConnectTimeout(timeoutMs)
                    .setIdleTimeout(timeoutMs)
                    .setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
            this.client = vertx.createHttpClient(clientOptions, new PoolOptions().setHttp1MaxSize(spec.concurrency())
                    .setMaxWaitQueueSize(spec.concurrency()));
            this.options = new RequestOptions()
                    .setMethod(HttpMethod.valueOf(spec.method()))
                    .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                    .setHost(target.host())
                    .setPort(target.port())
                    .setSsl(target.https())
                    .setURI(target.pathAndQuery())
                    .setIdleTimeout(timeoutMs)
                    .setFollowRedirects(false)
                    .putHeader("User-Agent", "GoFit-pilot-measurement")
                    .putHeader("Accept", "*/*");
            if (spec.body() != null && !spec.body().isEmpty()) {
                options.putHeader("Content-Type", spec.contentType() != null ? spec.contentType() : "application/json");
                this.body = Buffer.buffer(spec.body());
            } else {
                this.body = null;
            }
        }

        CompletionStage<LoadResult> start() {
            startNanos = System.nanoTime();
            timer = vertx.setTimer(Math.max(1, spec.timeCap().toMillis()), id -> finish(true));
            for (int i = 0; i < spec.concurrency() && i < spec.requests(); i++) {
                fire();
            }
            return result;
        }

        private void fire() {
            if (finished.get()) {
                return;
            }
            if (issued.incrementAndGet() > spec.requests()) {
                return;
            }
            long t0 = System.nanoTime();
            client.request(options)
                    .compose(request -> body != null ? request.send(body) : request.send())
                    .compose(response -> response.body().map(ignored -> response.statusCode()))
                    .onComplete(outcome -> {
                        if (outcome.succeeded() && outcome.result() / 100 == 2) {
                            latencies.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - t0) / 1_000));
                            ok.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, outcome.succeeded()
                                    ? "HTTP " + outcome.result()
                                    : describe(outcome.cause()));
                        }
                        if (completed.incrementAndGet() >= spec.requests()) {
                            finish(false);
                        } else {
                            fire();
                        }
                    });
        }

        private void finish(boolean timeUp) {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            vertx.cancelTimer(timer);
            long elapsedNanos = Math.max(1, System.nanoTime() - startNanos);
            double seconds = elapsedNanos / 1e9;
            int okCount = ok.get();
            boolean any = okCount > 0;
            LoadResult figures = new LoadResult(spec.concurrency(), spec.requests(), completed.get(), okCount,
                    errors.get(),
                    any ? millis(latencies.getValueAtPercentile(50)) : 0,
                    any ? millis(latencies.getValueAtPercentile(95)) : 0,
                    any ? millis(latencies.getValueAtPercentile(99)) : 0,
                    any ? millis(latencies.getMaxValue()) : 0,
                    Math.round(okCount / seconds * 10) / 10.0,
                    elapsedNanos / 1_000_000, timeUp && completed.get() < spec.requests(), firstError.get());
            client.close();
            result.complete(figures);
        }

        private double millis(long micros) {
            return Math.round(micros / 10.0) / 100.0;
        }
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
