package dev.gofit.pilot;

import dev.gofit.outbound.Target;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Measures a local test endpoint on loopback; every run is bounded in requests and time. */
class LoadMeasurerTest {

    private static Vertx vertx;
    private static HttpServer server;
    private static final AtomicInteger inFlight = new AtomicInteger();
    private static final AtomicInteger maxInFlight = new AtomicInteger();
    private static final AtomicInteger postsWithBody = new AtomicInteger();
    /** Hostile answers the server itself ended (it gave up) instead of the client resetting them. */
    private static final AtomicInteger hostileEndedByServer = new AtomicInteger();
    private static final AtomicInteger hostileClosedByClient = new AtomicInteger();
    /** The server's own bound on a hostile answer, so the test endpoint stops by itself whatever the client does. */
    private static final long HOSTILE_MAX_BYTES = 64L * 1024 * 1024;
    private static final long HOSTILE_MAX_MILLIS = 20_000;

    @BeforeAll
    static void startEndpoint() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(request -> {
            switch (request.path()) {
                case "/ok" -> {
                    int now = inFlight.incrementAndGet();
                    maxInFlight.accumulateAndGet(now, Math::max);
                    // A 5 ms service time, so requests overlap and concurrency is observable.
                    vertx.setTimer(5, id -> {
                        inFlight.decrementAndGet();
                        request.response().putHeader("Content-Type", "application/json").end("{\"ok\":true}");
                    });
                }
                case "/echo" -> request.body().onSuccess(body -> {
                    if (body.toString().equals("{\"amount\":42}")
                            && "application/json".equals(request.getHeader("Content-Type"))) {
                        postsWithBody.incrementAndGet();
                        request.response().end("ok");
                    } else {
                        request.response().setStatusCode(400).end();
                    }
                });
                case "/fail" -> request.response().setStatusCode(500).end("boom");
                case "/redirect" -> request.response().setStatusCode(302).putHeader("Location", "/ok").end();
                case "/endless" -> endless(request.response());
                case "/drip" -> drip(request.response());
                default -> { /* /hang: never answers */ }
            }
        });
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** Streams 16 KiB chunks as fast as the client reads them, until it hangs up (or the server's own bound). */
    private static void endless(HttpServerResponse response) {
        response.setChunked(true).putHeader("Content-Type", "application/json");
        response.closeHandler(v -> hostileClosedByClient.incrementAndGet());
        Buffer chunk = Buffer.buffer("x".repeat(16 * 1024));
        long[] written = {0};
        Runnable[] pump = new Runnable[1];
        pump[0] = () -> {
            while (!response.closed() && !response.writeQueueFull()) {
                if (written[0] >= HOSTILE_MAX_BYTES) {
                    hostileEndedByServer.incrementAndGet();
                    response.end();
                    return;
                }
                response.write(chunk);
                written[0] += chunk.length();
            }
            if (!response.closed()) {
                response.drainHandler(v -> pump[0].run());
            }
        };
        pump[0].run();
    }

    /** Sends the headers, then one byte every 50 ms: never idle long enough for an idle timeout to fire. */
    private static void drip(HttpServerResponse response) {
        response.setChunked(true).putHeader("Content-Type", "application/json");
        response.closeHandler(v -> hostileClosedByClient.incrementAndGet());
        response.write("[");
        long started = System.nanoTime();
        vertx.setPeriodic(50, id -> {
            if (response.closed()) {
                vertx.cancelTimer(id);
            } else if ((System.nanoTime() - started) / 1_000_000 > HOSTILE_MAX_MILLIS) {
                vertx.cancelTimer(id);
                hostileEndedByServer.incrementAndGet();
                response.end("]");
            } else {
                response.write(" ");
            }
        });
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static LoadSpec spec(String path, String method, String body, int concurrency, int requests, Duration cap) {
        return spec(path, method, body, concurrency, requests, cap, Duration.ofSeconds(2));
    }

    private static LoadSpec spec(String path, String method, String body, int concurrency, int requests, Duration cap,
                                 Duration requestTimeout) {
        Target target = new Target("http://127.0.0.1:" + server.actualPort() + path, false, "127.0.0.1",
                server.actualPort(), path, InetAddress.getLoopbackAddress());
        return new LoadSpec(target, method, body, null,
                concurrency, requests, cap, requestTimeout);
    }

    private static LoadResult run(LoadSpec spec) throws Exception {
        return new LoadMeasurer(vertx).run(spec).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void usesTheGuardedClientOptionsOfTheReviewEngine() {
        var options = LoadMeasurer.clientOptions(spec("/", "GET", null, 2, 2, Duration.ofSeconds(1)));
        assertThat(options.isVerifyHost()).as("host verification").isTrue();
        assertThat(options.isForceSni()).as("TLS SNI").isTrue();
        assertThat(options.isTrustAll()).as("trust all").isFalse();
        assertThat(options.getMaxRedirects()).as("redirects followed").isZero();
        assertThat(options.getIdleTimeout()).as("the pilot's own idle timeout").isEqualTo(2000);
    }

    @Test
    void measuresLatencyPercentilesAndThroughputOfAHealthyEndpoint() throws Exception {
        maxInFlight.set(0);
        LoadResult r = run(spec("/ok", "GET", null, 10, 300, Duration.ofSeconds(20)));
        assertThat(r.completed()).isEqualTo(300);
        assertThat(r.ok()).isEqualTo(300);
        assertThat(r.errors()).isZero();
        assertThat(r.p50Ms()).isGreaterThanOrEqualTo(4.5);
        assertThat(r.p95Ms()).isGreaterThanOrEqualTo(r.p50Ms());
        assertThat(r.p99Ms()).isGreaterThanOrEqualTo(r.p95Ms());
        assertThat(r.maxMs()).isGreaterThanOrEqualTo(r.p99Ms());
        assertThat(r.throughputRps()).isPositive();
        assertThat(r.stoppedEarly()).isFalse();
        System.out.printf("loopback /ok, 300 requests at 10 concurrent: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.1f req/s, %d ms%n",
                r.p50Ms(), r.p95Ms(), r.p99Ms(), r.throughputRps(), r.durationMs());
    }

    @Test
    void neverHasMoreRequestsInFlightThanTheConcurrency() throws Exception {
        maxInFlight.set(0);
        run(spec("/ok", "GET", null, 4, 100, Duration.ofSeconds(20)));
        assertThat(maxInFlight.get()).isBetween(2, 4);
    }

    @Test
    void postsTheGivenBodyWithItsContentType() throws Exception {
        postsWithBody.set(0);
        LoadResult r = run(spec("/echo", "POST", "{\"amount\":42}", 5, 50, Duration.ofSeconds(20)));
        assertThat(r.ok()).isEqualTo(50);
        assertThat(postsWithBody.get()).isEqualTo(50);
    }

    @Test
    void countsServerErrorsAndRedirectsAsErrorsWithoutFollowingThem() throws Exception {
        LoadResult failing = run(spec("/fail", "GET", null, 5, 40, Duration.ofSeconds(20)));
        assertThat(failing.errors()).isEqualTo(40);
        assertThat(failing.ok()).isZero();
        assertThat(failing.firstError()).isEqualTo("HTTP 500");
        assertThat(failing.p95Ms()).isZero();
        LoadResult redirect = run(spec("/redirect", "GET", null, 2, 10, Duration.ofSeconds(20)));
        assertThat(redirect.firstError()).isEqualTo("HTTP 302");
    }

    @Test
    void stopsAtTheTimeCapWhenTheEndpointHangs() throws Exception {
        long start = System.nanoTime();
        LoadResult r = run(spec("/hang", "GET", null, 3, 1000, Duration.ofMillis(500)));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.stoppedEarly()).isTrue();
        assertThat(r.completed()).isLessThan(1000);
        assertThat(tookMs).isLessThan(3000);
    }

    @Test
    void anEndlessBodyFailsEachRequestAtTheSizeCapAndResetsIt() throws Exception {
        hostileEndedByServer.set(0);
        hostileClosedByClient.set(0);
        long start = System.nanoTime();
        LoadResult r = run(spec("/endless", "GET", null, 4, 12, Duration.ofSeconds(20), Duration.ofSeconds(10)));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.errors()).isEqualTo(12);
        assertThat(r.ok()).isZero();
        assertThat(r.firstError()).isEqualTo("the answer is larger than 256 KiB");
        assertThat(r.stoppedEarly()).isFalse();
        // Neither the 10 s deadline nor the 20 s cap ended it: the size cap did, on the first 256 KiB.
        assertThat(tookMs).isLessThan(5_000);
        assertThat(hostileEndedByServer.get()).isZero();
        // The server sees each reset a moment after the client gave up.
        await("the server sees all 12 resets").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(hostileClosedByClient.get()).isEqualTo(12));
    }

    @Test
    void aDripFeedingEndpointFailsEachRequestAtItsDeadline() throws Exception {
        hostileEndedByServer.set(0);
        long start = System.nanoTime();
        // A byte every 50 ms never lets a 500 ms idle timeout fire; only an absolute deadline ends the request.
        LoadResult r = run(spec("/drip", "GET", null, 3, 6, Duration.ofSeconds(20), Duration.ofMillis(500)));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.errors()).isEqualTo(6);
        assertThat(r.ok()).isZero();
        assertThat(r.firstError()).isEqualTo("no complete answer within 500 ms");
        assertThat(r.stoppedEarly()).isFalse();
        // Two rounds of three requests at ~500 ms each, far from the 20 s cap.
        assertThat(tookMs).isBetween(900L, 5_000L);
        assertThat(hostileEndedByServer.get()).isZero();
    }

    @Test
    void aClosedPortIsReportedAsErrors() throws Exception {
        Target closed = new Target("http://127.0.0.1:1/", false, "127.0.0.1", 1, "/", InetAddress.getLoopbackAddress());
        LoadSpec spec = new LoadSpec(closed, "GET", null, null,
                2, 6, Duration.ofSeconds(5), Duration.ofSeconds(1));
        LoadResult r = run(spec);
        assertThat(r.errors()).isEqualTo(6);
        assertThat(r.firstError()).isNotBlank();
    }
}
