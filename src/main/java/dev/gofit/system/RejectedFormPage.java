package dev.gofit.system;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a form post with a bare, empty 400 (a missing or stale token, e.g. a
 * page left open past the token's lifetime). A person gets a page that says what happened and
 * how to get their input back instead.
 */
public class RejectedFormPage {

    static final String DETAIL = "This form could not be accepted: it has expired or did not come from a GoFit page. "
            + "Go back, reload the page (what you typed is usually still there) and send it again.";

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        boolean emptyBadRequest = response.getStatus() == 400 && !response.hasEntity();
        boolean pageForm = !"GET".equals(request.getMethod()) && !RequestKind.isApi(request.getUriInfo().getPath());
        if (emptyBadRequest && pageForm && RequestKind.acceptsHtml(request.getHeaderString(HttpHeaders.ACCEPT))) {
            response.setEntity(ErrorMappers.Templates.error(400, "Form expired", DETAIL).render(), null,
                    MediaType.TEXT_HTML_TYPE);
        }
    }
}
