package dev.gofit.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Brings people back to where they were when their session ran out. An htmx request without a
 * session gets {@code HX-Redirect} to {@code /login?redirect=<the page it came from>} instead of a
 * login page swapped into the middle of another page; the login page turns a same-site
 * {@code redirect} path into Quarkus' return-after-login cookie. After a wrong password the e-mail
 * typed comes back in the form (a short-lived cookie for the login page only).
 */
@ApplicationScoped
public class LoginReturn {

    /** Quarkus form authentication's return-after-login cookie (quarkus.http.auth.form.location-cookie). */
    static final String LOCATION_COOKIE = "quarkus-redirect-location";
    static final String EMAIL_COOKIE = "gofit-login-email";

    void register(@Observes Router router) {
        // Before the authentication handler answers its challenge (a 302 to the login page).
        router.route().order(Integer.MIN_VALUE + 2).handler(this::htmx);
        router.post(LoginOriginGuard.LOGIN_POST).order(Integer.MIN_VALUE + 3).handler(this::keepEmail);
    }

    private void htmx(RoutingContext context) {
        if ("true".equalsIgnoreCase(context.request().getHeader("HX-Request"))) {
            String from = context.request().getHeader("HX-Current-URL");
            HttpServerResponse response = context.response();
            context.addHeadersEndHandler(v -> {
                String location = response.headers().get(HttpHeaders.LOCATION);
                if (response.getStatusCode() == 302 && location != null && URI.create(location).getPath().equals("/login")) {
                    // XHR would follow the 302 and htmx would swap the login page in: send the whole window there.
                    String back = samePath(from, context.request().scheme() + "://" + context.request().authority())
                            .orElse(null);
                    response.setStatusCode(200);
                    response.headers().remove(HttpHeaders.LOCATION);
                    response.headers().set("HX-Redirect", back == null ? "/login"
                            : "/login?redirect=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
                }
            });
        }
        context.next();
    }

    private void keepEmail(RoutingContext context) {
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(v -> {
            String location = response.headers().get(HttpHeaders.LOCATION);
            String email = context.request().formAttributes().get("j_username");
            if (location != null && location.contains("/login?error") && email != null && !email.isBlank()
                    && email.length() <= 254) {
                response.addCookie(Cookie.cookie(EMAIL_COOKIE, URLEncoder.encode(email.strip(), StandardCharsets.UTF_8))
                        .setPath("/login").setMaxAge(120).setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                        .setSecure(context.request().isSSL()));
            }
        });
        context.next();
    }

    /** The e-mail of the last failed attempt, from its cookie. */
    static String email(String cookie) {
        if (cookie == null || cookie.isBlank()) {
            return "";
        }
        try {
            String email = URLDecoder.decode(cookie, StandardCharsets.UTF_8);
            return email.length() <= 254 && email.chars().noneMatch(Character::isISOControl) ? email : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * The path and query of {@code url} when it is a page of this site (absolute URL on {@code origin},
     * or a path starting with a single "/"), else empty. Never the login page itself.
     */
    static Optional<String> samePath(String url, String origin) {
        // Printable ASCII only, and nothing a cookie value or a path could be confused by.
        if (url == null || url.isBlank() || url.length() > 2000
                || url.chars().anyMatch(c -> c < 0x21 || c > 0x7e || "\\;,\"".indexOf(c) >= 0)) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url);
            if (uri.isAbsolute() || uri.getRawAuthority() != null) {
                URI own = URI.create(origin);
                if (!own.getScheme().equalsIgnoreCase(uri.getScheme()) || uri.getRawAuthority() == null
                        || !own.getRawAuthority().equalsIgnoreCase(uri.getRawAuthority())) {
                    return Optional.empty();
                }
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.equals("/login")
                    || path.equals(LoginOriginGuard.LOGIN_POST) || path.equals("/logout")) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
