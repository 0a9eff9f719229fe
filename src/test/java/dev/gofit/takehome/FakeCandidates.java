package dev.gofit.takehome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gofit.demo.UpstreamBodies;
import dev.gofit.demo.UpstreamScenario;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Small candidate endpoints written for the tests, one per path, each with one known flaw:
 * {@code /correct}, {@code /sequential}, {@code /hardcoded} (ignores the bodies served),
 * {@code /racy} (mixes results across concurrent requests), {@code /no-timeout},
 * {@code /late-timeout} (gives up on a hang 600 ms after timeoutMs),
 * {@code /wrong-status} (500 instead of 502), {@code /crashy} (dies on bad input) and
 * {@code /never-fetches} (a canned 200, no upstream call ever); cheats that learn the injected
 * fault from their source URLs (through the {@code scenarios} oracle) instead of meeting it:
 * {@code /forger} (answers 502 / 504 without fetching, at plausible times), {@code /instant-504}
 * (fetches, but answers a hang at once) and {@code /abandons-hang} (hangs up on the hanging call
 * at once, then answers 504 at timeoutMs); mistakes people make with deadlines and broken
 * connections: {@code /fixed-deadline} (ignores timeoutMs, gives up after the sample's 1000 ms),
 * {@code /header-deadline} (its deadline covers only the wait for headers, like Go's
 * {@code ResponseHeaderTimeout}), {@code /drop-hangs} (a connection dropped mid-body never completes
 * its fetch, so it answers 504 at timeoutMs instead of 502) and {@code /invents-nonces} (never
 * fetches, answers with fresh random nonces); and two hostile ones: {@code /redirect} (to a metadata
 * address) and {@code /reset} (closes every connection). Loopback only; stops with {@link #close()}.
 */
final class FakeCandidates implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Vertx vertx;
    private final HttpServer server;
    private final HttpClient client;
    private final Function<String, UpstreamScenario> scenarios;
    private volatile JsonNode[] shared = new JsonNode[2];

    private FakeCandidates(Vertx vertx, HttpServer server, HttpClient client, Function<String, UpstreamScenario> scenarios) {
        this.vertx = vertx;
        this.server = server;
        this.client = client;
        this.scenarios = scenarios;
    }

    static FakeCandidates start(Vertx vertx) throws Exception {
        return start(vertx, url -> null);
    }

    /**
     * {@code scenarios} tells the cheats what a source URL will do (null: unknown), standing for
     * whatever an endpoint could decode from the URL, without tying the fakes to its format.
     */
    static FakeCandidates start(Vertx vertx, Function<String, UpstreamScenario> scenarios) throws Exception {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000),
                new PoolOptions().setHttp1MaxSize(200));
        HttpServer server = vertx.createHttpServer();
        FakeCandidates fake = new FakeCandidates(vertx, server, client, scenarios);
        server.requestHandler(fake::handle);
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return fake;
    }

    String url(String behaviour) {
        return "http://127.0.0.1:" + server.actualPort() + "/" + behaviour;
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        client.close();
    }

    private void handle(HttpServerRequest req) {
        String behaviour = req.path().substring(1);
        if (behaviour.equals("redirect")) {
            req.response().setStatusCode(302).putHeader("Location", "http://169.254.169.254/latest/meta-data/").end();
            return;
        }
        if (behaviour.equals("reset")) {
            req.connection().close();
            return;
        }
        req.body().onSuccess(buffer -> {
            JsonNode in;
            try {
                in = JSON.readTree(buffer.toString());
            } catch (Exception e) {
                in = null;
            }
            boolean valid = in != null && in.path("userId").isTextual() && in.path("sources").path("user").isTextual()
                    && in.path("sources").path("embeddings").isTextual() && in.path("timeoutMs").isNumber();
            if (!valid) {
                if (behaviour.equals("crashy")) {
                    req.connection().close(); // the process "died" on bad input
                } else {
                    answer(req, 400, JSON.createObjectNode().put("error", "the request needs userId, sources and timeoutMs"));
                }
                return;
            }
            serve(req, behaviour, in);
        });
    }

    private void serve(HttpServerRequest req, String behaviour, JsonNode in) {
        long timeoutMs = in.path("timeoutMs").asLong();
        String[] keys = {"user", "embeddings"};
        String[] urls = {in.path("sources").path("user").asText(), in.path("sources").path("embeddings").asText()};
        if (behaviour.equals("never-fetches")) {
            ok(req, in, cannedUser(), cannedEmbeddings());
            return;
        }
        if (behaviour.equals("invents-nonces")) {
            ok(req, in, cannedUser().put("nonce", UpstreamBodies.nonce()), JSON.createObjectNode()
                    .put("query", in.path("query").asText()).put("nonce", UpstreamBodies.nonce()));
            return;
        }
        if (cheat(req, behaviour, keys, urls, timeoutMs)) {
            return;
        }
        AtomicBoolean done = new AtomicBoolean();
        List<HttpClientRequest> open = new ArrayList<>();
        JsonNode[] got = new JsonNode[2];
        int failStatus = behaviour.equals("wrong-status") ? 500 : 502;
        // late-timeout gives up 600 ms after timeoutMs: past the contract's timeoutMs + 500, every time;
        // fixed-deadline guessed the sample's 1000 ms instead of reading timeoutMs.
        long giveUpMs = behaviour.equals("late-timeout") ? timeoutMs + 600
                : behaviour.equals("fixed-deadline") ? 1000 : timeoutMs;
        boolean headersOnly = behaviour.equals("header-deadline");
        boolean hangOnDrop = behaviour.equals("drop-hangs");
        AtomicInteger headersIn = new AtomicInteger();
        long timer = behaviour.equals("no-timeout") ? -1 : vertx.setTimer(giveUpMs, id -> {
            if (done.compareAndSet(false, true)) {
                cancelAll(open);
                int pending = got[0] == null ? 0 : 1;
                answer(req, 504, JSON.createObjectNode().put("error", "timed out").put("source", keys[pending]));
            }
        });
        // header-deadline: once both sources sent their headers, the deadline is off.
        Runnable onHeaders = () -> {
            if (headersOnly && headersIn.incrementAndGet() == 2) {
                vertx.cancelTimer(timer);
            }
        };
        Runnable[] complete = new Runnable[1];
        complete[0] = () -> {
            if (got[0] == null || got[1] == null || !done.compareAndSet(false, true)) {
                return;
            }
            vertx.cancelTimer(timer);
            if (behaviour.equals("racy")) {
                shared = got; // a shared field, read back a moment later: concurrent requests overwrite it
                vertx.setTimer(3, id -> ok(req, in, shared[0], shared[1]));
            } else if (behaviour.equals("hardcoded")) {
                ok(req, in, cannedUser(), cannedEmbeddings());
            } else {
                ok(req, in, got[0], got[1]);
            }
        };
        java.util.function.BiConsumer<Integer, String> fail = (i, why) -> {
            if (done.compareAndSet(false, true)) {
                vertx.cancelTimer(timer);
                cancelAll(open); // cancel the sibling call
                answer(req, failStatus, JSON.createObjectNode().put("error", why).put("source", keys[i]));
            }
        };
        if (behaviour.equals("sequential")) {
            fetch(urls[0], open).onComplete(a -> {
                if (accept(a, 0, got, fail)) {
                    fetch(urls[1], open).onComplete(b -> {
                        if (accept(b, 1, got, fail)) {
                            complete[0].run();
                        }
                    });
                }
            });
        } else if (behaviour.equals("hedged")) {
            // Two fetches of each source at once; the answer carries whichever body came back last.
            for (int i = 0; i < 2; i++) {
                int k = i;
                AtomicInteger pending = new AtomicInteger(2);
                for (int copy = 0; copy < 2; copy++) {
                    fetch(urls[i], open).onComplete(a -> {
                        if (a.failed() || pending.decrementAndGet() == 0) {
                            if (accept(a, k, got, fail)) {
                                complete[0].run();
                            }
                        }
                    });
                }
            }
        } else {
            for (int i = 0; i < 2; i++) {
                int k = i;
                fetch(urls[i], open, onHeaders, hangOnDrop).onComplete(a -> {
                    if (accept(a, k, got, fail)) {
                        complete[0].run();
                    }
                });
            }
        }
    }

    /**
     * The cheats' answer when a source is faulted (true when they answered): the forger without
     * fetching at all, the other two after fetching but without waiting for the hang.
     */
    private boolean cheat(HttpServerRequest req, String behaviour, String[] keys, String[] urls, long timeoutMs) {
        if (!Set.of("forger", "instant-504", "abandons-hang").contains(behaviour)) {
            return false;
        }
        for (int i = 0; i < 2; i++) {
            UpstreamScenario s = scenarios.apply(urls[i]);
            if (s == null) {
                continue;
            }
            ObjectNode named = JSON.createObjectNode().put("source", keys[i]);
            if (behaviour.equals("forger") && (s.failStatus() != 0 || s.notJson() || s.drop())) {
                // About when the real failure would have come back.
                vertx.setTimer(s.delayMs() + 5L, id -> answer(req, 502, named.put("error", "upstream failed")));
                return true;
            }
            if (s.hang()) {
                if (behaviour.equals("forger")) {
                    vertx.setTimer(timeoutMs + 5, id -> answer(req, 504, named.put("error", "timed out")));
                    return true;
                }
                List<HttpClientRequest> open = new ArrayList<>();
                fetch(urls[0], open);
                fetch(urls[1], open);
                boolean instant = behaviour.equals("instant-504");
                vertx.setTimer(instant ? 150 : 60, id -> {
                    cancelAll(open);
                    if (instant) {
                        answer(req, 504, named.put("error", "timed out"));
                    }
                });
                if (!instant) {
                    vertx.setTimer(timeoutMs + 5, id -> answer(req, 504, named.put("error", "timed out")));
                }
                return true;
            }
        }
        return false;
    }

    private static ObjectNode cannedUser() {
        return JSON.createObjectNode().put("id", "u-1").put("name", "Ada");
    }

    private static JsonNode cannedEmbeddings() {
        return JSON.createArrayNode().add(0.1).add(0.2);
    }

    private boolean accept(io.vertx.core.AsyncResult<Buffer[]> a, int i, JsonNode[] got,
                           java.util.function.BiConsumer<Integer, String> fail) {
        if (a.failed()) {
            fail.accept(i, "could not fetch: " + a.cause().getMessage());
            return false;
        }
        int status = Integer.parseInt(a.result()[0].toString());
        if (status < 200 || status > 299) {
            fail.accept(i, "answered " + status);
            return false;
        }
        try {
            got[i] = JSON.readTree(a.result()[1].toString());
            return true;
        } catch (Exception e) {
            fail.accept(i, "not JSON");
            return false;
        }
    }

    private Future<Buffer[]> fetch(String url, List<HttpClientRequest> open) {
        return fetch(url, open, () -> { }, false);
    }

    /**
     * GETs a URL; the result is [status, body]. {@code onHeaders} runs when the headers arrive;
     * {@code hangOnBrokenBody}: a body that breaks off never completes the result (no error handler).
     */
    private Future<Buffer[]> fetch(String url, List<HttpClientRequest> open, Runnable onHeaders, boolean hangOnBrokenBody) {
        Promise<Buffer[]> promise = Promise.promise();
        client.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url)).onComplete(ar -> {
            if (ar.failed()) {
                promise.tryFail(ar.cause());
                return;
            }
            HttpClientRequest r = ar.result();
            synchronized (open) {
                open.add(r);
            }
            boolean[] headers = {false};
            r.send().compose(resp -> {
                        headers[0] = true;
                        onHeaders.run();
                        return resp.body().map(body -> new Buffer[]{Buffer.buffer(String.valueOf(resp.statusCode())), body});
                    })
                    .onComplete(x -> {
                        if (x.failed() && headers[0] && hangOnBrokenBody) {
                            return;
                        }
                        // Finished calls leave the list: resetting one later would close a pooled
                        // connection that another request may be using by then.
                        synchronized (open) {
                            open.remove(r);
                        }
                        if (x.succeeded()) {
                            promise.tryComplete(x.result());
                        } else {
                            promise.tryFail(x.cause());
                        }
                    });
        });
        return promise.future();
    }

    private static void cancelAll(List<HttpClientRequest> open) {
        List<HttpClientRequest> pending;
        synchronized (open) {
            pending = new ArrayList<>(open);
            open.clear();
        }
        pending.forEach(HttpClientRequest::reset);
    }

    private static void ok(HttpServerRequest req, JsonNode in, JsonNode user, JsonNode embeddings) {
        ObjectNode out = JSON.createObjectNode();
        out.put("userId", in.path("userId").asText());
        out.set("user", user);
        out.set("embeddings", embeddings);
        answer(req, 200, out);
    }

    private static void answer(HttpServerRequest req, int status, JsonNode body) {
        if (req.response().ended() || req.response().closed()) {
            return;
        }
        req.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.toString());
    }
}
