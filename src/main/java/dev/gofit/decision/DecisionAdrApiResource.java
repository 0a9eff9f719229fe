package dev.gofit.decision;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The decision's Markdown ADR under {@code /api}, so it appears in the OpenAPI document next to the JSON
 * API; the file itself comes from the page export, so both paths always serve the same text.
 */
@Path("/api/decisions/{id}/adr.md")
@Tag(name = "Decisions")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
public class DecisionAdrApiResource {

    private final CurrentUser currentUser;
    private final DecisionResource pages;

    public DecisionAdrApiResource(CurrentUser currentUser, DecisionResource pages) {
        this.currentUser = currentUser;
        this.pages = pages;
    }

    @GET
    @Produces("text/markdown")
    @Operation(summary = "One of the caller's decisions as a Markdown ADR (MADR layout)")
    @APIResponse(responseCode = "200", description = "The ADR as text/markdown")
    @APIResponse(responseCode = "404", description = "No such decision of the caller")
    public Response adr(@RestPath long id) {
        // The page export answers a missing decision in plain text; the API answers with a problem document.
        if (Decision.findForOwner(id, currentUser.id()).isEmpty()) {
            throw ProblemException.notFound("decision " + id);
        }
        return pages.adrMarkdown(id);
    }
}
