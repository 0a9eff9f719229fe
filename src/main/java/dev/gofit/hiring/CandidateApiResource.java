package dev.gofit.hiring;

import dev.gofit.account.Role;
import dev.gofit.system.Problem.FieldError;
import dev.gofit.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The JSON API for candidates: their summary across interviewers, and recording scorecards. */
@Path("/api/candidates")
@RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
@Tag(name = "Hiring")
public class CandidateApiResource {

    private final ChecklistService checklists;
    private final CandidateService candidates;

    public CandidateApiResource(ChecklistService checklists, CandidateService candidates) {
        this.checklists = checklists;
        this.candidates = candidates;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public CandidateService.CandidateJson get(@RestPath long id) {
        return candidates.json(checklists.requireCandidate(id));
    }

    @POST
    @Path("/{id}/scorecards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record (or replace) one interviewer's scorecard for one stage")
    public Response scorecard(@RestPath long id, @NotNull ScorecardRequest request) {
        Candidate candidate = checklists.requireCandidate(id);
        List<FieldError> errors = candidates.validate(candidate, request);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The scorecard has invalid fields.", errors);
        }
        Scorecard card = candidates.record(id, request);
        return Response.created(URI.create("/api/candidates/" + id)).entity(Map.of("id", card.id,
                "candidateId", id, "stage", card.stageKey, "interviewer", card.interviewer, "overall", card.overall)).build();
    }
}
