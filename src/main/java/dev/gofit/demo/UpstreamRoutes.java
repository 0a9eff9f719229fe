package dev.gofit.demo;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * The two demo upstream APIs as plain Vert.x routes: delays are event-loop timers, so thousands of
 * calls wait at once without a thread each.
 * <ul>
 * <li>{@code GET /demo/upstream/{users|embeddings}/t/{token}}: the scenario comes from the signed
 * token and every call is recorded under its run id (forged or expired token: 404).</li>
 * <li>{@code GET /demo/upstream/users/{id}?delay=MS}, {@code GET /demo/upstream/embeddings?q=TEXT&delay=MS}:
 * the plain form for the demo page and benchmarks, not recorded, delay capped at 10 s (above: 400).</li>
 * </ul>
 */
@ApplicationScoped
public class UpstreamRoutes {

    /** Cap of the plain form's {@code delay}. */
    public static final int PLAIN_MAX_DELAY_MS = 10_000;
    /** The query the embeddings source of a signed link answers for. */
    public static final String SIGNED_QUERY = "How do I reset my password?";

    private static final String JSON = "application/json";
    /** How often a stalling body drips one byte. */
    static final long DRIP_MS = 100;

    @Inject
    SignedUpstreamLinks links;
    @Inject
    CallRecorder recorder;
    @Inject
    DemoConfig config;

    void routes(@Observes Router router) {
        // Public by design: ordered before the authentication filter, like POST /demo/aggregate.
        int order = AggregateRoute.HOT_ROUTE_ORDER;
        router.get("/demo/upstream/users/t/:token").order(order).handler(ctx -> signed(ctx, Source.USER));
        router.get("/demo/upstream/embeddings/t/:token").order(order).handler(ctx -> signed(ctx, Source.EMBEDDINGS));
        router.get("/demo/upstream/users/:id").order(order).handler(this::plainUser);
        router.get("/demo/upstream/embeddings").order(order).handler(this::plainEmbeddings);
    }

    private void plainUser(RoutingContext ctx) {
        plain(ctx, ctx.pathParam("id"), 100, "user id", UpstreamBodies::user);
    }

    private void plainEmbeddings(RoutingContext ctx) {
        plain(ctx, ctx.request().getParam("q", ""), 1000, "q", UpstreamBodies::embeddings);
    }

    /** Answers {@code body(value, nonce)} after the requested delay. */
    private static void plain(RoutingContext ctx, String value, int maxLength, String name,
                              BinaryOperator<String> body) {
        if (value.length() > maxLength) {
            error(ctx.response(), 400, name + " longer than " + maxLength + " characters");
            return;
        }
        int delay = delay(ctx);
        if (delay >= 0) {
            later(ctx, delay, () -> ok(ctx.response(), body.apply(value, UpstreamBodies.nonce())));
        }
    }

    /** The plain form's delay, or -1 after answering 400. */
    private static int delay(RoutingContext ctx) {
        String raw = ctx.request().getParam("delay");
        if (raw == null || raw.isEmpty()) {
            return 0;
        }
        int ms;
        try {
            ms = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            error(ctx.response(), 400, "delay must be a whole number of milliseconds");
            return -1;
        }
        if (ms < 0 || ms > PLAIN_MAX_DELAY_MS) {
            error(ctx.response(), 400, "delay must be 0-" + PLAIN_MAX_DELAY_MS + " ms");
            return -1;
        }
        return ms;
    }

    private static void later(RoutingContext ctx, int delayMs, Runnable answer) {
        if (delayMs == 0) {
            answer.run();
        } else {
            ctx.vertx().setTimer(delayMs, id -> {
                if (!ctx.response().closed()) {
                    answer.run();
                }
            });
        }
    }

    private void signed(RoutingContext ctx, Source pathSource) {
        long arrived = System.nanoTime();
        long arrivedMicros = UpstreamCall.epochMicros(Instant.now());
        Optional<UpstreamToken.Claims> claims = links.claims(ctx.pathParam("token"));
        if (claims.isEmpty() || claims.get().source() != pathSource) {
            error(ctx.response(), 404, "unknown or expired upstream link");
            return;
        }
        UpstreamToken.Claims c = claims.get();
        UpstreamScenario s = c.scenario();
        if (s.delayMs() < 0 || s.delayMs() > UpstreamToken.MAX_DELAY_MS) {
            error(ctx.response(), 400, "delay must be 0-" + UpstreamToken.MAX_DELAY_MS + " ms");
            return;
        }
        CallRecorder.Recording rec = recorder.start(c.runId(), c.source(), arrived, arrivedMicros);
        long wait = s.hang() && !s.afterHeaders() ? config.maxHang().toMillis() : s.delayMs();
        long timer = wait > 0 ? ctx.vertx().setTimer(wait, id -> serve(ctx, c, rec)) : -1;
        ctx.addEndHandler(done -> {
            if (done.failed()) {
                rec.hungUp(System.nanoTime());
                if (timer >= 0) {
                    ctx.vertx().cancelTimer(timer);
                }
            }
        });
        if (wait == 0) {
            serve(ctx, c, rec);
        }
    }

    private void serve(RoutingContext ctx, UpstreamToken.Claims c, CallRecorder.Recording rec) {
        HttpServerResponse response = ctx.response();
        if (response.closed() || rec.ended()) {
            return;
        }
        UpstreamScenario s = c.scenario();
        // Signed for this run and source: a body carrying it provably came from here (see UpstreamLinks#issued).
        String nonce = links.nonce(c.runId(), c.source());
        if (s.afterHeaders()) {
            partial(ctx, c, rec, nonce);
        } else if (s.hang()) {
            String body = UpstreamBodies.error("hang limit reached", nonce);
            rec.answered(System.nanoTime(), 503, nonce, body);
            write(response, 503, JSON, body);
        } else if (s.drop()) {
            rec.answered(System.nanoTime(), 0, null, null);
            ctx.request().connection().close();
        } else if (s.failStatus() != 0) {
            String body = UpstreamBodies.error("injected status " + s.failStatus(), nonce);
            rec.answered(System.nanoTime(), s.failStatus(), nonce, body);
            write(response, s.failStatus(), JSON, body);
        } else if (s.notJson()) {
            String body = UpstreamBodies.notJson(nonce);
            rec.answered(System.nanoTime(), 200, nonce, body);
            write(response, 200, "text/html; charset=utf-8", body);
        } else {
            String body = okBody(c, nonce);
            rec.answered(System.nanoTime(), 200, nonce, body);
            write(response, 200, JSON, body);
        }
    }

    private static String okBody(UpstreamToken.Claims c, String nonce) {
        return c.source() == Source.USER
                ? UpstreamBodies.user(userIdOf(c.runId()), nonce)
                : UpstreamBodies.embeddings(SIGNED_QUERY, nonce);
    }

    /**
     * {@code 200} headers and the start of a good body (chunked), then either the connection closes
     * (drop: recorded as status 0) or the body stalls: a space every {@link #DRIP_MS} ms (valid JSON
     * whitespace that never completes it), so only a deadline on the whole answer ends the wait. At
     * the hang cap the rest is sent.
     */
    private void partial(RoutingContext ctx, UpstreamToken.Claims c, CallRecorder.Recording rec, String nonce) {
        HttpServerResponse response = ctx.response();
        String body = okBody(c, nonce);
        int cut = body.indexOf(',') + 1;
        response.setChunked(true).setStatusCode(200).putHeader("Content-Type", JSON);
        response.write(body.substring(0, cut));
        if (c.scenario().drop()) {
            rec.answered(System.nanoTime(), 0, null, null);
            // Let the headers and the first bytes leave before the connection goes.
            ctx.vertx().setTimer(20, id -> ctx.request().connection().close());
            return;
        }
        long capNanos = System.nanoTime() + config.maxHang().toNanos();
        ctx.vertx().setPeriodic(DRIP_MS, id -> {
            if (response.closed() || response.ended() || rec.ended()) {
                ctx.vertx().cancelTimer(id);
            } else if (System.nanoTime() >= capNanos) {
                ctx.vertx().cancelTimer(id);
                rec.answered(System.nanoTime(), 200, nonce, body);
                response.end(body.substring(cut));
            } else {
                response.write(" ");
            }
        });
    }

    /** A short, stable user id for a run (the run id itself may be long). */
    static String userIdOf(String runId) {
        return "u-" + Integer.toHexString(runId.hashCode());
    }

    private static void ok(HttpServerResponse response, String body) {
        write(response, 200, JSON, body);
    }

    private static void error(HttpServerResponse response, int status, String message) {
        write(response, status, JSON, UpstreamBodies.error(message, UpstreamBodies.nonce()));
    }

    private static void write(HttpServerResponse response, int status, String type, String body) {
        response.setStatusCode(status).putHeader("Content-Type", type).end(body);
    }
}
