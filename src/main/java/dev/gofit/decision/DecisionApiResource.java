package dev.gofit.decision;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.system.Problem;
import dev.gofit.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;

/** The decisions JSON API (README "Decide"; `/q/openapi`): create, list (own or the shared log), read, archive, re-evaluate and change status. */
@Path("/api/decisions")
@Tag(name = "Decisions")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class DecisionApiResource {

    private final CurrentUser currentUser;
    private final DecisionEvaluator evaluator;
    private final DecisionService service;
    private final DecisionAccess access;
    private final DecisionLog log;

    public DecisionApiResource(CurrentUser currentUser, DecisionEvaluator evaluator, DecisionService service,
                               DecisionAccess access, DecisionLog log) {
        this.currentUser = currentUser;
        this.evaluator = evaluator;
        this.service = service;
        this.access = access;
        this.log = log;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a decision: the four answers, the cautions, and optionally the options to compare, "
            + "the team context and own weights (0-5 per criterion)")
    @APIResponse(responseCode = "201", description = "Created; Location names the new decision",
            content = @Content(schema = @Schema(implementation = DecisionJson.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong: problem+json listing each one")
    public Response create(@Valid @NotNull DecisionRequest request) {
        Decision d = service.create(currentUser.id(), request);
        return Response.created(URI.create("/api/decisions/" + d.id)).entity(json(d)).build();
    }

    @GET
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME, Role.HIRING_MANAGER_NAME})
    @Operation(summary = "The caller's decisions, most recently updated first; q filters by title. With scope=all: "
            + "the shared log, every staff member's decisions past the draft (read only unless canEdit), filtered by "
            + "q, status, verdict, chosen (option key) and decider (user id of the owner or a decision-maker)")
    @APIResponse(responseCode = "200", description = "The decisions")
    @APIResponse(responseCode = "400", description = "An unknown scope, status or verdict: problem+json naming it")
    public List<DecisionJson> list(@QueryParam("scope") @Pattern(regexp = "all|own", message = "must be all or own") String scope,
                                   @Valid @BeanParam LogQuery query) {
        List<Decision> found = "all".equals(scope) ? log.search(query)
                : Decision.searchForOwner(currentUser.id(), query.q()).stream().filter(query::matches).toList();
        return found.stream().map(this::json).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME, Role.HIRING_MANAGER_NAME})
    @Operation(summary = "A decision of the shared log: the caller's own, or a colleague's read only (canEdit false)")
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(schema = @Schema(implementation = DecisionJson.class)))
    @APIResponse(responseCode = "404", description = "No such decision in the log (unknown or archived)")
    public DecisionJson get(@RestPath long id) {
        return json(access.visible(id, currentUser.id()));
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @Operation(summary = "Archive one of the caller's decisions (restore it from the decisions page); 404 for someone else's")
    @APIResponse(responseCode = "204", description = "Archived: it leaves the lists, the shared log and the exports")
    @APIResponse(responseCode = "404", description = "No such decision of the caller")
    public Response archive(@RestPath long id) {
        service.archive(id, currentUser.id());
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/reevaluate")
    @Transactional
    @Operation(summary = "Re-evaluate a decision with today's matrix content as a new revision (the current one stays "
            + "in the history with its scores; a decided decision is proposed again)")
    @APIResponse(responseCode = "200", description = "The decision's new revision",
            content = @Content(schema = @Schema(implementation = DecisionJson.class)))
    @APIResponse(responseCode = "404", description = "No such decision of the caller")
    @APIResponse(responseCode = "422", description = "A draft or a superseded decision is not re-evaluated")
    public DecisionJson reevaluate(@RestPath long id) {
        Decision d = access.editable(id, currentUser.id());
        service.reevaluate(d).ifPresent(refusal -> {
            throw ProblemException.unprocessable(refusal.message(), List.of(new Problem.FieldError(refusal.field(), refusal.message())));
        });
        return json(d);
    }

    private DecisionJson json(Decision d) {
        return log.json(d, currentUser.id());
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Move a decision along its lifecycle: proposed → ACCEPTED (with the chosen option and the rationale) "
            + "/ REJECTED; accepted or rejected → SUPERSEDED by another current (not draft, not superseded) decision of the caller")
    @APIResponse(responseCode = "200", description = "The decision after the change",
            content = @Content(schema = @Schema(implementation = DecisionJson.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (also a chosenOption outside the "
            + "decision's options): problem+json listing each one")
    @APIResponse(responseCode = "403", description = "Not the caller's to decide (not its owner or a decision-maker)")
    @APIResponse(responseCode = "404", description = "No such decision in the log")
    @APIResponse(responseCode = "422", description = "The move is not allowed now: problem+json naming the field")
    public DecisionJson status(@RestPath long id, @Valid @NotNull StatusChangeRequest request) {
        Decision d = access.editable(id, currentUser.id());
        service.changeStatus(d, request.status(), request.supersededBy(), request.chosenOption(), request.rationale())
                .ifPresent(refusal -> {
                    List<Problem.FieldError> errors = List.of(new Problem.FieldError(refusal.field(), refusal.message()));
                    // A choice outside the decision's options is a wrong input (400); the rest are moves not allowed now.
                    throw refusal.field().equals("chosenOption") ? ProblemException.badRequest(refusal.message(), errors)
                            : ProblemException.unprocessable(refusal.message(), errors);
                });
        return json(d);
    }
}
