package dev.gofit.system;

import io.quarkus.csrf.reactive.runtime.RestCsrfConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * A page that changes state only accepts a form (or an htmx call carrying the CSRF header).
 * <p>
 * The CSRF filter checks the token only in form bodies or in its header. It is told not to refuse
 * other content types ({@code quarkus.rest-csrf.require-form-url-encoded=false}) because the JSON
 * API under {@code /api} takes HTTP Basic, not the session cookie. Without this filter a body-less
 * or {@code text/plain} POST to a page (disable a user, revise a decision, log out) would run with
 * no token at all, guarded by SameSite alone.
 */
public class PageFormsOnly {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    RestCsrfConfig csrf;

    @ServerRequestFilter
    public Response refuseNonFormPagePosts(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || RequestKind.isApi(request.getUriInfo().getPath())) {
            return null;
        }
        if (request.getHeaderString(csrf.tokenHeaderName()) != null) {
            return null; // the CSRF filter verifies the header against the cookie
        }
        boolean form = sameAs(request.getMediaType(), MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || sameAs(request.getMediaType(), MediaType.MULTIPART_FORM_DATA_TYPE);
        // An empty 400, which RejectedFormPage turns into the same "form expired" page as a bad token.
        return form ? null : Response.status(Response.Status.BAD_REQUEST).build();
    }

    /**
     * Exactly the CSRF filter's test of a form (case-sensitive, no wildcards). Anything looser lets
     * through a type it then skips, e.g. {@code Application/x-www-form-urlencoded} or {@code *}.
     */
    private static boolean sameAs(MediaType type, MediaType form) {
        return type != null && form.getType().equals(type.getType()) && form.getSubtype().equals(type.getSubtype());
    }
}
