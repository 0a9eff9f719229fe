package dev.gofit.demo;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference implementation of the take-home contract: both sources fetched at once with the
 * non-blocking Vert.x HTTP client over one pooled connection set, bodies passed through verbatim
 * (checked to be JSON, never re-serialised), the first failure answering 502 / 504 and resetting
 * the sibling call so its upstream sees the hang-up. {@link #run} also offers a sequential mode,
 * used only by the demo page for contrast.
 */
@ApplicationScoped
public class ReferenceAggregator {

    /** Largest source body accepted (the Go peer's limit). */
    static final int MAX_SOURCE_BODY = 10 << 20;
    /** Connections kept per upstream host and client: 1,000+ concurrent requests x 2 calls must fit. */
    static final int POOL_SIZE = 4096;
    /** Clients per event loop (a power of two). */
    static final int SHARDS = 16;

    private static final CharSequence ACCEPT_JSON = HttpHeaders.createOptimized("application/json");

    /** What to answer: a status and a JSON body, plus which source decided it (null on success). */
    public record Result(int status, Buffer body, Source failedSource, String error) {
    }

    private final Vertx vertx;
    /** Used off the event loop (the demo page's worker threads). */
    private final HttpClient shared;
    /**
     * Per event-loop thread, {@link #SHARDS} clients used in turn: their connections live on that
     * loop (no hand-off between threads), and as Vert.x' pool picks a connection by scanning its
     * whole list, many small pools are far cheaper to search than one big pool (profiled: the scan
     * of one 2,000-connection pool was the largest single cost at 1,000 concurrent requests).
     */
    private final ThreadLocal<Shards> perLoop;
    private final Set<HttpClient> clients = ConcurrentHashMap.newKeySet();

    @Inject
    public ReferenceAggregator(Vertx vertx) {
        this.vertx = vertx;
        this.shared = newClient();
        this.perLoop = ThreadLocal.withInitial(Shards::new);
    }

    private HttpClient newClient() {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                        .setKeepAlive(true)
                        .setKeepAliveTimeout(60)
                        .setTcpNoDelay(true)
                        .setConnectTimeout(5_000)
                        .setMaxRedirects(0)
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(POOL_SIZE).setMaxWaitQueueSize(-1));
        clients.add(client);
        return client;
    }

    private HttpClient client() {
        return Context.isOnEventLoopThread() ? perLoop.get().next() : shared;
    }

    /** The clients of one event-loop thread (only that thread touches it). */
    private final class Shards {
        private final HttpClient[] clients = new HttpClient[SHARDS];
        private int turn;

        HttpClient next() {
            int i = turn++ & (SHARDS - 1);
            HttpClient client = clients[i];
            if (client == null) {
                client = newClient();
                clients[i] = client;
            }
            return client;
        }
    }

    @PreDestroy
    void close() {
        clients.forEach(HttpClient::close);
    }

    /** Runs one aggregation; {@code sequential} fetches the user source first, then embeddings. */
    public Exchange run(AggregateRequest request, boolean sequential) {
        Exchange exchange = new Exchange(request, sequential);
        exchange.start();
        return exchange;
    }

    /** One aggregation in flight. Its state is guarded by its own lock (callbacks may arrive on any loop). */
    public final class Exchange {
        private final AggregateRequest request;
        private final boolean sequential;
        private final Promise<Result> promise = Promise.promise();
        private final Call user;
        private final Call embeddings;
        private long timer = -1;
        private boolean done;

        Exchange(AggregateRequest request, boolean sequential) {
            this.request = request;
            this.sequential = sequential;
            this.user = new Call(this, Source.USER, request.userUri());
            this.embeddings = new Call(this, Source.EMBEDDINGS, request.embeddingsUri());
        }

        public Future<Result> result() {
            return promise.future();
        }

        void start() {
            synchronized (this) {
                timer = vertx.setTimer(request.timeoutMs(), id -> timedOut());
            }
            user.start();
            if (!sequential) {
                embeddings.start();
            }
        }

        /** The caller went away: abandon both calls without answering. */
        public void abandon() {
            synchronized (this) {
                if (done) {
                    return;
                }
                done = true;
                vertx.cancelTimer(timer);
            }
            user.cancel();
            embeddings.cancel();
            promise.tryFail("caller left");
        }

        boolean isDone() {
            synchronized (this) {
                return done;
            }
        }

        void succeeded(Call call) {
            Buffer out;
            synchronized (this) {
                if (done) {
                    return;
                }
                if (sequential && call == user) {
                    out = null;
                } else if (user.body != null && embeddings.body != null) {
                    done = true;
                    vertx.cancelTimer(timer);
                    out = success();
                } else {
                    return;
                }
            }
            if (out == null) {
                embeddings.start();
            } else {
                promise.tryComplete(new Result(200, out, null, null));
            }
        }

        private Buffer success() {
            byte[] id = JsonStringEncoder.getInstance().quoteAsUTF8(request.userId());
            Buffer out = Buffer.buffer(40 + id.length + user.body.length + embeddings.body.length);
            return out.appendString("{\"userId\":\"").appendBytes(id).appendString("\",\"user\":").appendBytes(user.body)
                    .appendString(",\"embeddings\":").appendBytes(embeddings.body).appendString("}\n");
        }

        void failed(Call call, int status, String message) {
            synchronized (this) {
                if (done) {
                    return;
                }
                done = true;
                vertx.cancelTimer(timer);
            }
            (call == user ? embeddings : user).cancel();
            promise.tryComplete(error(status, call.source, message));
        }

        private void timedOut() {
            Call late;
            synchronized (this) {
                if (done) {
                    return;
                }
                done = true;
                late = user.body == null ? user : embeddings;
            }
            user.cancel();
            embeddings.cancel();
            promise.tryComplete(error(504, late.source,
                    late.source.key() + " source did not answer within " + request.timeoutMs() + " ms"));
        }
    }

    private static String host(URI url) {
        String host = url.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static int port(URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static String pathAndQuery(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    /**
     * What went wrong with a call, in words that name no address or port: the cause's own message
     * (e.g. "Connection refused: /10.0.0.5:5432") would tell a caller what listens inside GoFit's network.
     */
    static String failure(Throwable cause) {
        // Netty's connect timeout is a ConnectException too.
        if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException) {
            return "could not connect";
        }
        if (cause instanceof io.vertx.core.http.HttpClosedException) {
            return "the connection closed before an answer";
        }
        return "the request failed";
    }

    /** {@code {"error": message, "source": key}}, without {@code source} when it is null (a bad request). */
    static Result error(int status, Source source, String message) {
        String json = "{\"error\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(message)) + "\""
                + (source == null ? "" : ",\"source\":\"" + source.key() + "\"") + "}\n";
        return new Result(status, Buffer.buffer(json), source, message);
    }

    /** One upstream GET. */
    private final class Call {
        private final Exchange exchange;
        private final Source source;
        private final URI url;
        private HttpClientRequest request;
        private boolean cancelled;
        byte[] body;

        Call(Exchange exchange, Source source, URI url) {
            this.exchange = exchange;
            this.source = source;
            this.url = url;
        }

        void start() {
            RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(host(url))
                    .setPort(port(url)).setSsl("https".equalsIgnoreCase(url.getScheme())).setURI(pathAndQuery(url))
                    .putHeader(HttpHeaders.ACCEPT, ACCEPT_JSON).setFollowRedirects(false);
            client().request(options).onComplete(ar -> {
                if (ar.failed()) {
                    exchange.failed(this, 502, source.key() + " source: " + failure(ar.cause()));
                    return;
                }
                HttpClientRequest req = ar.result();
                // Our own reset() of an abandoned call is reported here; the exchange already decided.
                req.exceptionHandler(ignored -> { });
                synchronized (this) {
                    request = req;
                    if (cancelled) {
                        req.reset();
                        return;
                    }
                }
                req.send().onComplete(sent -> {
                    if (sent.failed()) {
                        exchange.failed(this, 502, source.key() + " source: " + failure(sent.cause()));
                    } else {
                        receive(sent.result());
                    }
                });
            });
        }

        private void receive(HttpClientResponse response) {
            int status = response.statusCode();
            if (status < 200 || status > 299) {
                response.handler(ignored -> { });
                exchange.failed(this, 502, source.key() + " source answered HTTP " + status);
                return;
            }
            String length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
            int expected = 512;
            if (length != null) {
                try {
                    long n = Long.parseLong(length);
                    if (n > MAX_SOURCE_BODY) {
                        tooLarge();
                        return;
                    }
                    expected = (int) n;
                } catch (NumberFormatException e) {
                    // read it and let the body decide
                }
            }
            Buffer collected = Buffer.buffer(expected);
            response.handler(chunk -> {
                if (collected.length() + chunk.length() > MAX_SOURCE_BODY) {
                    tooLarge();
                } else {
                    collected.appendBuffer(chunk);
                }
            });
            response.exceptionHandler(t -> exchange.failed(this, 502,
                    source.key() + " source: the connection failed while reading the body"));
            response.endHandler(v -> {
                byte[] bytes = collected.getBytes();
                if (!JsonCheck.isJson(bytes)) {
                    exchange.failed(this, 502, source.key() + " source answered a body that is not JSON");
                    return;
                }
                body = bytes;
                exchange.succeeded(this);
            });
        }

        private void tooLarge() {
            exchange.failed(this, 502, source.key() + " source body is larger than " + MAX_SOURCE_BODY + " bytes");
            cancel();
        }

        /** Resets the request (on HTTP/1.1 this closes its connection: the upstream sees the hang-up). */
        void cancel() {
            HttpClientRequest req;
            synchronized (this) {
                if (cancelled) {
                    return;
                }
                cancelled = true;
                req = request;
            }
            if (req != null && body == null) {
                req.reset();
            }
        }
    }
}
