package dev.gofit.outbound;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The only way the review engine talks to a candidate endpoint. Non-blocking (Vert.x core
 * client): connects to the address the guard checked while Host and TLS SNI keep the name,
 * never follows redirects, and bounds everything: connect timeout, an absolute deadline per
 * request (a drip-feeding server cannot hold a check), a body cap and header-size limits.
 */
@ApplicationScoped
public class GuardedHttpClient {

    public static final int MAX_BODY_BYTES = 256 * 1024;

    private final Vertx vertx;
    private final HttpClient client;

    // Read by key rather than through ReviewConfig so outbound depends on no feature.
    @jakarta.inject.Inject
    public GuardedHttpClient(Vertx vertx,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gofit.review.connect-timeout-ms") int connectTimeoutMs,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gofit.review.load.concurrency") int loadConcurrency) {
        this(connectTimeoutMs, loadConcurrency + 8, vertx);
    }

    GuardedHttpClient(int connectTimeoutMs, int poolSize, Vertx vertx) {
        this.vertx = vertx;
        this.client = vertx.createHttpClient(options(connectTimeoutMs), new PoolOptions().setHttp1MaxSize(poolSize));
    }

    /**
     * The options of every client that calls a URL a stranger gave GoFit (the review engine's and the
     * pilot's load driver): TLS with SNI and host verification, no redirects, no decompression,
     * bounded headers. A caller may shorten timeouts, never loosen the rest.
     */
    public static HttpClientOptions options(int connectTimeoutMs) {
        return new HttpClientOptions()
                .setConnectTimeout(connectTimeoutMs)
                .setIdleTimeout(0)
                .setKeepAlive(true)
                .setMaxHeaderSize(16 * 1024)
                .setMaxInitialLineLength(4096)
                .setMaxRedirects(0)
                .setDecompressionSupported(false)
                .setVerifyHost(true)
                .setTrustAll(false)
                .setForceSni(true);
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** POSTs {@code body} as JSON to the checked target; completes (never fails) within {@code deadlineMs}. */
    public CompletableFuture<HttpExchange> post(Target target, String contentType, String body, long deadlineMs) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.pathAndQuery())
                .setFollowRedirects(false)
                .putHeader("Host", target.hostHeader())
                .putHeader("Content-Type", contentType)
                .putHeader("Accept", "application/json")
                .putHeader("User-Agent", "GoFit-review/1");
        return exchange(vertx, client, request, Buffer.buffer(body), deadlineMs, true);
    }

    /**
     * One request with the engine's limits, on any client (the pilot's measurement uses it too):
     * an absolute deadline that resets the stream, so a drip-feeding server cannot hold it, and a
     * body cap of {@link #MAX_BODY_BYTES}. Completes (never fails) within {@code deadlineMs}.
     *
     * @param body     what to send, or null for none
     * @param keepBody false: the answer's chunks are only counted (a load run keeps no bodies), and
     *                 the exchange's body is null
     */
    public static CompletableFuture<HttpExchange> exchange(Vertx vertx, HttpClient client, RequestOptions request,
                                                           Buffer body, long deadlineMs, boolean keepBody) {
        CompletableFuture<HttpExchange> result = new CompletableFuture<>();
        long sent = System.nanoTime();
        AtomicBoolean done = new AtomicBoolean();
        HttpClientRequest[] current = new HttpClientRequest[1];
        Finisher finish = (status, type, text, failure) -> {
            if (done.compareAndSet(false, true)) {
                result.complete(new HttpExchange(status, type, text, sent, System.nanoTime(), failure));
                return true;
            }
            return false;
        };
        long timer = vertx.setTimer(Math.max(1, deadlineMs), id -> {
            if (finish.done(0, null, null, "no complete answer within " + deadlineMs + " ms") && current[0] != null) {
                current[0].reset();
            }
        });
        result.whenComplete((x, e) -> vertx.cancelTimer(timer));
        client.request(request).onComplete(ar -> {
            if (ar.failed()) {
                finish.done(0, null, null, describe(ar.cause()));
                return;
            }
            HttpClientRequest req = ar.result();
            current[0] = req;
            if (done.get()) {
                req.reset();
                return;
            }
            req.exceptionHandler(e -> finish.done(0, null, null, describe(e)));
            (body != null ? req.send(body) : req.send()).onComplete(rr -> {
                if (rr.failed()) {
                    finish.done(0, null, null, describe(rr.cause()));
                    return;
                }
                var response = rr.result();
                Buffer collected = Buffer.buffer();
                long[] received = {0};
                response.exceptionHandler(e -> finish.done(0, null, null, describe(e)));
                response.handler(chunk -> {
                    if (done.get()) {
                        return;
                    }
                    received[0] += chunk.length();
                    if (received[0] > MAX_BODY_BYTES) {
                        if (finish.done(response.statusCode(), response.getHeader("Content-Type"), null,
                                "the answer is larger than " + MAX_BODY_BYTES / 1024 + " KiB")) {
                            req.reset();
                        }
                        return;
                    }
                    if (keepBody) {
                        collected.appendBuffer(chunk);
                    }
                });
                response.endHandler(v -> finish.done(response.statusCode(), response.getHeader("Content-Type"),
                        keepBody ? collected.toString(java.nio.charset.StandardCharsets.UTF_8) : null, null));
            });
        });
        return result;
    }

    @FunctionalInterface
    private interface Finisher {
        boolean done(int status, String contentType, String body, String failure);
    }

    private static String describe(Throwable e) {
        String name = e.getClass().getSimpleName();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (name.contains("ConnectTimeout") || message.contains("connection timed out")) {
            return "could not connect in time";
        }
        if (name.contains("ConnectException") || message.contains("Connection refused")) {
            return "connection refused";
        }
        if (message.contains("reset") || name.contains("ClosedException") || message.contains("closed")) {
            return "the connection was closed or reset before a complete answer";
        }
        if (name.contains("TooLong")) {
            return "the answer's headers are too long";
        }
        if (name.contains("SSL") || name.contains("Ssl")) {
            return "TLS failed (" + message + ")";
        }
        if (name.contains("Decoder") || name.contains("IllegalArgument") || message.contains("Invalid")) {
            return "the answer is not valid HTTP";
        }
        return "the request failed (" + name + (message.isEmpty() ? "" : ": " + message) + ")";
    }
}
