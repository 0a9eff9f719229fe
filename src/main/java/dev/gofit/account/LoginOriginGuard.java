package dev.gofit.account;

import dev.gofit.system.GoFitConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Locale;

/**
 * Guards the login POST ({@code /j_security_check}), which is handled by Quarkus form
 * authentication and so is not covered by the REST CSRF filter: a browser post whose
 * {@code Origin} (or, without one, {@code Referer}) is neither this request's own origin nor
 * {@code gofit.public-url} is refused before any credential is checked (login CSRF).
 * Requests with neither header come from scripts, not from a browser on another site.
 */
@ApplicationScoped
public class LoginOriginGuard {

    private static final Logger LOG = Logger.getLogger(LoginOriginGuard.class);
    static final String LOGIN_POST = "/j_security_check";

    private static final String REFUSAL = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Forbidden · GoFit</title>
            <link rel="stylesheet" href="/css/app.css"></head><body><main class="wrap"><section class="card narrow">
            <h1>403 · Forbidden</h1><p>This login form was sent from another site. Open GoFit's own
            <a href="/login">login page</a> and log in there.</p></section></main></body></html>""";

    private final String publicOrigin;

    public LoginOriginGuard(GoFitConfig config) {
        this.publicOrigin = originOf(config.publicUrl());
    }

    void register(@Observes Router router) {
        // Just after the body handler: before the form-authentication handler reads the credentials.
        router.post(LOGIN_POST).order(Integer.MIN_VALUE + 2).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String own = originOf(request.scheme() + "://" + request.getHeader(HttpHeaders.HOST));
        if (allowed(request.getHeader(HttpHeaders.ORIGIN), request.getHeader(HttpHeaders.REFERER), own, publicOrigin)) {
            context.next();
            return;
        }
        LOG.infof("Refused a cross-origin login post from %s (Origin %s, Referer %s)",
                request.remoteAddress().hostAddress(), request.getHeader(HttpHeaders.ORIGIN),
                request.getHeader(HttpHeaders.REFERER));
        context.response().setStatusCode(403)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .end(REFUSAL);
    }

    /** True when the post may go on: its Origin (else Referer) is one of ours, or it has neither. */
    static boolean allowed(String origin, String referer, String ownOrigin, String publicOrigin) {
        String claimed;
        if (origin != null && !origin.isBlank()) {
            claimed = originOf(origin.trim());
        } else if (referer != null && !referer.isBlank()) {
            claimed = originOf(referer.trim());
        } else {
            return true;
        }
        return claimed != null && (claimed.equals(ownOrigin) || claimed.equals(publicOrigin));
    }

    /** {@code scheme://host[:port]} in lower case without a default port, or null ("null", malformed). */
    static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
