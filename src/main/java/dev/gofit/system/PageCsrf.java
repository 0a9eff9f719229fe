package dev.gofit.system;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token for the layout ({@code inject:pageCsrf.token}). Unlike {@code inject:csrf} it
 * does not fail when the CSRF filter has not run, which happens on error pages for requests
 * stopped before a resource (403 from a role check, 404 for an unknown path).
 */
@Named("pageCsrf")
@RequestScoped
public class PageCsrf {

    /** Where quarkus-rest-csrf keeps the request's token. */
    private static final String TOKEN_ATTRIBUTE = "csrf_token";

    @Inject
    RoutingContext routing;

    public String getToken() {
        Object token = routing.get(TOKEN_ATTRIBUTE);
        return token != null ? token.toString() : "";
    }
}
