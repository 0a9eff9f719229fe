package dev.gofit.decision;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;

/** A decision's people (MADR 4 decision-makers, consulted, informed) and its comments per revision, as JSON. */
@Path("/api/decisions")
@Tag(name = "Decisions")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME, Role.HIRING_MANAGER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class DecisionTeamApiResource {

    private final CurrentUser currentUser;
    private final DecisionAccess access;
    private final DecisionLog log;
    private final DecisionService service;
    private final DecisionTeam team;

    public DecisionTeamApiResource(CurrentUser currentUser, DecisionAccess access, DecisionLog log, DecisionService service,
                                   DecisionTeam team) {
        this.currentUser = currentUser;
        this.access = access;
        this.log = log;
        this.service = service;
        this.team = team;
    }

    @GET
    @Path("/staff")
    @Operation(summary = "The staff a decision's people are picked from (ids for decisionMakers, consulted, informed)")
    public List<DecisionLog.Person> staff() {
        return DecisionLog.staff().stream().map(DecisionLog.Person::of).toList();
    }

    @PUT
    @Path("/{id}/people")
    @Consumes(MediaType.APPLICATION_JSON)
    @jakarta.transaction.Transactional
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Name the decision's MADR 4 decision-makers, consulted and informed (replaces the lists); "
            + "they appear in the ADR front matter")
    @APIResponse(responseCode = "200", description = "The decision with its people")
    @APIResponse(responseCode = "400", description = "An id that is not a staff user (or, for decisionMakers, not a leader or admin)")
    @APIResponse(responseCode = "403", description = "Not the caller's to decide (not its owner or a decision-maker)")
    public DecisionJson people(@RestPath long id, @Valid @NotNull PeopleRequest request) {
        Decision d = access.editable(id, currentUser.id());
        service.name(d, request);
        return log.json(d, currentUser.id());
    }

    @GET
    @Path("/{id}/comments")
    @Operation(summary = "The decision's comments, newest revision first; each names the revision it was made on")
    @APIResponse(responseCode = "200", description = "The comments")
    @APIResponse(responseCode = "404", description = "No such decision in the log")
    public List<DecisionTeam.Comment> comments(@RestPath long id) {
        return team.comments(access.visible(id, currentUser.id()));
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on the decision's current revision (its owner, decision-makers and consulted)")
    @APIResponse(responseCode = "201", description = "The comment, with the revision it is kept with")
    @APIResponse(responseCode = "400", description = "The body is blank or too long: problem+json naming it")
    @APIResponse(responseCode = "403", description = "The caller is not among the decision's owner, decision-makers or consulted")
    @APIResponse(responseCode = "404", description = "No such decision in the log")
    public Response comment(@RestPath long id, @Valid @NotNull CommentRequest request) {
        Decision d = access.commentable(id, currentUser.id());
        DecisionTeam.Comment c = team.comment(d, currentUser.id(), request.body());
        return Response.created(URI.create("/api/decisions/" + id + "/comments")).entity(c).build();
    }
}
