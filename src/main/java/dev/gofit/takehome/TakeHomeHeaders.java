package dev.gofit.takehome;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Candidate pages ({@code /t/...}) carry the invite token in their URL: they send no referrer
 * (the token never leaks to another site), are never cached and not indexed. Set just before
 * the headers are written, so they win over the site-wide {@code Referrer-Policy}.
 */
@ApplicationScoped
public class TakeHomeHeaders {

    void install(@Observes Router router) {
        router.route("/t/*").order(-100).handler(rc -> {
            rc.addHeadersEndHandler(v -> rc.response().headers()
                    .set("Referrer-Policy", "no-referrer")
                    .set("Cache-Control", "no-store")
                    .set("X-Robots-Tag", "noindex"));
            rc.next();
        });
    }
}
