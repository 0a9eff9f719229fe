package dev.gofit.takehome;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * Response headers of the take-home pages, set just before the headers are written so they win
 * over site-wide ones:
 * <ul>
 * <li>candidate pages ({@code /t/...}) carry the invite token in their URL: they send no referrer
 *     (the token never leaks to another site) and are never cached;</li>
 * <li>htmx polls of live progress keep the page's CSRF cookie: the CSRF filter would otherwise
 *     issue a new cookie on every GET, and the forms already on the page (re-run, revoke,
 *     submit) would then fail with 400.</li>
 * </ul>
 */
@ApplicationScoped
public class TakeHomeHeaders {

    void install(@Observes Router router) {
        router.routeWithRegex("/(t|reviews|invites)(/.*)?").order(-100).handler(rc -> {
            boolean candidate = rc.normalizedPath().startsWith("/t/");
            boolean poll = rc.request().method() == HttpMethod.GET && "true".equals(rc.request().getHeader("HX-Request"));
            if (candidate || poll) {
                rc.addHeadersEndHandler(v -> {
                    MultiMap headers = rc.response().headers();
                    if (candidate) {
                        headers.set("Referrer-Policy", "no-referrer")
                                .set("Cache-Control", "no-store")
                                .set("X-Robots-Tag", "noindex");
                    }
                    if (poll) {
                        rc.response().removeCookies("csrf-token", false);
                        List<String> kept = headers.getAll("Set-Cookie").stream()
                                .filter(c -> !c.startsWith("csrf-token=")).toList();
                        headers.remove("Set-Cookie");
                        kept.forEach(c -> headers.add("Set-Cookie", c));
                    }
                });
            }
            rc.next();
        });
    }
}
