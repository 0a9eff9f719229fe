package dev.gofit.account;

import dev.gofit.system.GoFitConfig;
import dev.gofit.system.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Set;

/**
 * Refuses a state-changing API call that a browser sends from a page on another site
 * ({@code Sec-Fetch-Site: cross-site}, or an {@code Origin} that is neither this request's own origin nor
 * {@code gofit.public-url}) with a 403 problem document, before any credential is checked: a browser
 * that remembers HTTP Basic credentials would otherwise send them along. Scripts send neither header.
 * Bodies must be JSON besides ({@code @Consumes} on every such endpoint: 415 otherwise).
 */
@ApplicationScoped
public class ApiOriginGuard {

    private static final Logger LOG = Logger.getLogger(ApiOriginGuard.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String REFUSAL = Json.encode(Problem.of(403, "Forbidden",
            "This API call was sent by a page on another site; GoFit's API takes calls from scripts and from GoFit's own pages only."));

    private final String publicOrigin;

    public ApiOriginGuard(GoFitConfig config) {
        this.publicOrigin = LoginOriginGuard.originOf(config.publicUrl());
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (SAFE.contains(request.method()) || sameSite(request)) {
            context.next();
            return;
        }
        LOG.infof("Refused a cross-site %s %s from %s (Origin %s, Sec-Fetch-Site %s)", request.method(), request.path(),
                request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress(),
                request.getHeader(HttpHeaders.ORIGIN), request.getHeader("Sec-Fetch-Site"));
        context.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(REFUSAL);
    }

    private boolean sameSite(HttpServerRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && fetchSite.equalsIgnoreCase("cross-site")) {
            return false;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || origin.isBlank()) {
            return true;
        }
        String own = LoginOriginGuard.originOf(request.scheme() + "://" + request.getHeader(HttpHeaders.HOST));
        return LoginOriginGuard.allowed(origin, null, own, publicOrigin);
    }
}
