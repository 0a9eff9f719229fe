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
 * API; {@link AdrExport} writes it for both paths, so they always serve the same text.
 */
@Path("/api/decisions/{id}/adr.md")
@Tag(name = "Decisions")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME, Role.HIRING_MANAGER_NAME})
public class DecisionAdrApiResource {

    private final AdrExport export;

    private final CurrentUser currentUser;
    private final DecisionAccess access;

    public DecisionAdrApiResource(AdrExport export, CurrentUser currentUser, DecisionAccess access) {
        this.currentUser = currentUser;
        this.access = access;
        this.export = export;
    }

    @GET
    @Produces("text/markdown")
    @Operation(summary = "A decision of the shared log as a Markdown ADR (MADR layout)")
    @APIResponse(responseCode = "200", description = "The ADR as text/markdown")
    @APIResponse(responseCode = "404", description = "No such decision in the log (unknown or archived)")
    public Response adr(@RestPath long id) {
        return export.markdown(access.visible(id, currentUser.id()));
    }
}
