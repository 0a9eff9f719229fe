package dev.gofit.system;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request without a {@code Host} header (HTTP/1.0 or a broken client) is answered 400 with a problem
 * document before anything else reads it: origins, redirects and cookies are all built from the host.
 */
@ApplicationScoped
public class HostRequired {

    private static final String PROBLEM = Json.encode(Problem.of(400, "Bad Request",
            "The request has no Host header; send the host name GoFit is reached by."));

    void register(@Observes Router router) {
        // HTTP/1.0 reaches the routes; Vert.x fails an HTTP/1.1 request without Host itself (400, to the failure handlers).
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (missing(context)) {
                refuse(context);
            } else {
                context.next();
            }
        }).failureHandler(context -> {
            if (missing(context) && !context.response().ended()) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    private static boolean missing(RoutingContext context) {
        // authority(): the Host header in HTTP/1.x, :authority in HTTP/2.
        return context.request().authority() == null || context.request().authority().host().isBlank();
    }

    private static void refuse(RoutingContext context) {
        context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(PROBLEM);
    }
}
