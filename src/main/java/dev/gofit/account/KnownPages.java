package dev.gofit.account;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Path;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages' security policy ({@code quarkus.http.auth.permission.pages.policy=pages}): a page that
 * exists needs a login, as before; a URL that matches no endpoint at all is let through so that it
 * answers the 404 page to anyone, instead of sending a logged-out visitor to the login form first.
 * Known endpoints are the {@code @Path} templates of every resource bean and the app's own Vert.x routes.
 */
@ApplicationScoped
public class KnownPages implements HttpSecurityPolicy {

    private static final Pattern PARAM = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    private volatile Router router;
    private volatile List<Pattern> known;

    void remember(@Observes Router router) {
        this.router = router;
    }

    @Override
    public String name() {
        return "pages";
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext context) {
        if (!exists(request.normalizedPath())) {
            return CheckResult.permit();
        }
        return identity.map(id -> id.isAnonymous() ? CheckResult.DENY : CheckResult.PERMIT);
    }

    /** True when some endpoint or route could answer this path (its method aside). */
    boolean exists(String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        for (Pattern pattern : patterns()) {
            if (pattern.matcher(p).matches()) {
                return true;
            }
        }
        return false;
    }

    private List<Pattern> patterns() {
        List<Pattern> patterns = known;
        if (patterns == null) {
            patterns = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                patterns.add(template(root.value(), ""));
                for (Method method : type.getMethods()) {
                    Path sub = method.getAnnotation(Path.class);
                    if (sub != null) {
                        patterns.add(template(root.value(), sub.value()));
                    }
                }
            }
            Router r = router;
            if (r != null) {
                for (Route route : r.getRoutes()) {
                    String routePath = route.getPath();
                    if (routePath != null && !routePath.equals("/") && !route.isRegexPath()) {
                        // Vert.x paths are exact, prefixes ("/t/*" is stored as "/t/") or have ":param" parts.
                        String regex = Pattern.quote(routePath).replaceAll(":\\w+", "\\\\E[^/]+\\\\Q");
                        patterns.add(Pattern.compile(routePath.endsWith("/") ? regex + ".*" : regex));
                    }
                }
            }
            known = patterns;
        }
        return patterns;
    }

    /** A JAX-RS path template as a regular expression: {@code /decisions/{id}} → {@code /decisions/[^/]+}. */
    static Pattern template(String root, String sub) {
        String joined = ("/" + root + "/" + sub).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAM.matcher(joined);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(joined.substring(last, m.start())));
            regex.append('(').append(m.group(1) != null ? m.group(1).strip() : "[^/]+").append(')');
            last = m.end();
        }
        regex.append(Pattern.quote(joined.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
