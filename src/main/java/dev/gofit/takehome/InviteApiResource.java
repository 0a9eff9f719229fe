package dev.gofit.takehome;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.system.MailSender;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import dev.gofit.system.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Map;

/** Creates candidate invites from scripts and the applicant-tracking system. */
@Path("/api/invites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
@Tag(name = "Take-home invites")
public class InviteApiResource {

    private final InviteService invites;
    private final CurrentUser currentUser;

    public InviteApiResource(InviteService invites, CurrentUser currentUser) {
        this.invites = invites;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "Create an invite; the answer's url (gofit.public-url + /t/{token}) is shown only once")
    public Response create(@Valid @NotNull InviteRequest body) {
        InviteService.Created created = invites.create(body, currentUser.id());
        return Response.created(URI.create("/invites/" + created.invite().id))
                .entity(Map.of("id", created.invite().id, "url", created.url(), "email", emailJson(created.email()))).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Archive an invite: its link stops working and says so; 404 for someone else's")
    public Response archive(@PathParam("id") long id) {
        Invite.findVisible(id, currentUser.id(), currentUser.isAdmin())
                .orElseThrow(() -> ProblemException.notFound("Invite " + id));
        invites.archive(id, true);
        return Response.noContent().build();
    }

    /** {@code {"status": "SENT|FAILED|OFF", "detail"?}}. */
    static Map<String, String> emailJson(MailSender.Outcome outcome) {
        return outcome.detail() == null ? Map.of("status", outcome.status().name())
                : Map.of("status", outcome.status().name(), "detail", outcome.detail());
    }
}
