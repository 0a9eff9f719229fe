package dev.gofit.hiring;

import dev.gofit.account.Role;
import dev.gofit.system.Problem.FieldError;
import dev.gofit.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
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

/** The JSON API for candidates: their summary across interviewers, and recording scorecards. */
@Path("/api/candidates")
@RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
@Tag(name = "Hiring")
public class CandidateApiResource {

    public record CandidateRequest(String name, String email) {
    }

    /** {@code overall}: STRONG_NO, NO, YES or STRONG_YES; {@code ratings}: skill key to 1-4 for the stage's skills. */
    public record ScorecardRequest(String stage, String interviewer, String overall, java.util.Map<String, Integer> ratings,
                                   String notes) {
    }

    public record CandidateJson(long id, long checklistId, String name, String email, String inviteLink,
                                ScorecardSummary summary) {
    }

    private final ChecklistService checklists;
    private final CandidateService candidates;

    public CandidateApiResource(ChecklistService checklists, CandidateService candidates) {
        this.checklists = checklists;
        this.candidates = candidates;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public CandidateJson get(@RestPath long id) {
        return json(checklists.requireCandidate(id));
    }

    @POST
    @Path("/{id}/scorecards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record (or replace) one interviewer's scorecard for one stage")
    public Response scorecard(@RestPath long id, ScorecardRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("body", "Send a JSON scorecard.");
        }
        Candidate candidate = checklists.requireCandidate(id);
        Overall overall = Overall.parse(request.overall());
        CandidateService.ScorecardInput input = new CandidateService.ScorecardInput(request.stage(), request.interviewer(),
                overall, request.ratings() == null ? java.util.Map.of() : request.ratings(), request.notes());
        List<FieldError> errors = candidates.validate(candidate, input);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The scorecard has invalid fields.", errors);
        }
        Scorecard card = candidates.record(id, input);
        return Response.created(URI.create("/api/candidates/" + id)).entity(java.util.Map.of("id", card.id,
                "candidateId", id, "stage", card.stageKey, "interviewer", card.interviewer, "overall", card.overall)).build();
    }

    /** Adds a candidate to a visible checklist (called from {@link ChecklistApiResource}). */
    Response create(long checklistId, CandidateRequest request) {
        checklists.require(checklistId);
        String name = request == null || request.name() == null ? "" : request.name().trim();
        String email = request == null || request.email() == null ? "" : request.email().trim();
        List<FieldError> errors = CandidateService.validate(name, email);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The candidate has invalid fields.", errors);
        }
        Candidate candidate = checklists.addCandidate(checklistId, name, email);
        return Response.created(URI.create("/api/candidates/" + candidate.id)).entity(json(checklists.requireCandidate(candidate.id)))
                .build();
    }

    CandidateJson json(Candidate c) {
        return new CandidateJson(c.id, c.checklist.id, c.name, c.email, CandidateService.inviteLink(c), candidates.summary(c));
    }
}
