package dev.gofit.demo;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * {@code POST /demo/aggregate}: the public reference endpoint of the take-home contract, a plain
 * Vert.x route on the event loop (no worker thread, no JAX-RS layer on the hot path). Like the
 * upstream routes it is ordered before Quarkus' authentication filter ({@link #HOT_ROUTE_ORDER}):
 * it is public by design, and skipping the proactive authentication attempt on every request is
 * measurably faster. Response headers (CSP etc.) are still added: that filter runs earlier.
 * Being public, it fetches only GoFit's own upstream ({@link SourceOrigins}); other sources are a 400.
 */
@ApplicationScoped
public class AggregateRoute {

    static final int MAX_REQUEST_BODY = 1 << 20;
    /**
     * Route order of the public hot paths: after Quarkus' header filter ({@code Integer.MIN_VALUE}),
     * before CORS (-300), authentication (-200) and authorization (-100).
     */
    static final int HOT_ROUTE_ORDER = -1_000;
    private static final CharSequence APPLICATION_JSON = HttpHeaders.createOptimized("application/json");

    @Inject
    ReferenceAggregator aggregator;
    @Inject
    SourceOrigins origins;

    void routes(@Observes Router router) {
        router.post("/demo/aggregate").order(HOT_ROUTE_ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(MAX_REQUEST_BODY))
                .handler(this::aggregate)
                .failureHandler(ctx -> {
                    int status = ctx.statusCode() == 413 ? 413 : 400;
                    String message = status == 413 ? "request body is larger than 1 MiB" : "request could not be read";
                    write(ctx.response(), ReferenceAggregator.error(status, null, message));
                });
    }

    private void aggregate(RoutingContext ctx) {
        Buffer raw = ctx.body().buffer();
        AggregateRequest request;
        try {
            request = AggregateRequest.parse(raw == null ? null : raw.getBytes());
            origins.check(request, SourceOrigins.Origin.self(ctx.request()));
        } catch (AggregateRequest.Invalid e) {
            write(ctx.response(), ReferenceAggregator.error(400, null, e.getMessage()));
            return;
        }
        ReferenceAggregator.Exchange exchange = aggregator.run(request, false);
        ctx.addEndHandler(end -> {
            if (end.failed()) {
                exchange.abandon();
            }
        });
        exchange.result().onSuccess(result -> {
            if (!ctx.response().closed()) {
                write(ctx.response(), result);
            }
        });
    }

    private static void write(HttpServerResponse response, ReferenceAggregator.Result result) {
        response.setStatusCode(result.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, APPLICATION_JSON)
                .end(result.body());
    }
}
