package dev.gofit.hiring;

import dev.gofit.account.Role;
import dev.gofit.system.Problem.FieldError;
import dev.gofit.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API for candidates: adding one, the interview loop, scorecards (a manager's or an interviewer's own)
 * and the summary, which an interviewer reads only after submitting their own scorecard.
 */
@Path("/api/candidates")
@RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME, Role.INTERVIEWER_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hiring")
public class CandidateApiResource {

    public record AssignmentJson(String stage, String stageLabel, long interviewerId, String interviewer, LocalDate date,
                                 boolean submitted) {
    }

    public record LoopJson(long candidateId, List<AssignmentJson> assignments) {
    }

    public record SummaryJson(long candidateId, int submitted, List<InterviewService.Missing> missing,
                              ScorecardSummary summary) {
    }

    private final CandidateService candidates;
    private final InterviewService interviews;
    private final InterviewMail mail;

    public CandidateApiResource(CandidateService candidates, InterviewService interviews, InterviewMail mail) {
        this.candidates = candidates;
        this.interviews = interviews;
        this.mail = mail;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Add a candidate for a checklist's role")
    public Response create(@Valid @NotNull NewCandidate request) {
        Candidate candidate = candidates.create(request.checklistId(), request.toRequest());
        return Response.created(URI.create("/api/candidates/" + candidate.id))
                .entity(candidates.json(Candidate.findById(candidate.id), true)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A candidate with the summary (an interviewer: only after submitting their own scorecard)")
    public CandidateService.CandidateJson get(@RestPath long id) {
        InterviewService.Access access = interviews.access(id);
        interviews.requireSummary(access);
        return candidates.json(access.candidate(), access.manager());
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Archive a candidate (its scorecards stay); 404 for someone else's")
    public Response archive(@RestPath long id) {
        candidates.archive(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/summary")
    @Operation(summary = "The summary of submitted scorecards and who is missing; 403 for an interviewer who has not submitted")
    public SummaryJson summary(@RestPath long id) {
        InterviewService.Access access = interviews.access(id);
        interviews.requireSummary(access);
        Candidate candidate = access.candidate();
        return new SummaryJson(id, (int) Scorecard.count("candidate.id", id), interviews.missing(candidate),
                candidates.summary(candidate));
    }

    @GET
    @Path("/{id}/loop")
    public LoopJson loop(@RestPath long id) {
        return loopJson(interviews.access(id).candidate());
    }

    @POST
    @Path("/{id}/loop")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Set the interview loop: each stage gets one or more interviewers and a date (replaces the loop)")
    public LoopJson assign(@RestPath long id, @Valid @NotNull LoopRequest request) {
        Candidate candidate = interviews.requireManager(id);
        List<FieldError> errors = interviews.validate(candidate, request);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The loop has invalid fields.", errors);
        }
        List<InterviewAssignment> added = interviews.assign(id, request);
        mail.assigned(added.stream().map(a -> a.id).toList());
        return loopJson(Candidate.findById(id));
    }

    @POST
    @Path("/{id}/scorecards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit (or amend) a scorecard: an assigned interviewer's own, or a hiring manager's for a named interviewer")
    public Response scorecard(@RestPath long id, @NotNull ScorecardRequest request) {
        InterviewService.Access access = interviews.access(id);
        boolean own = interviews.ownStage(access, request.stage());
        if (!access.manager() && !own) {
            throw InterviewService.forbidden("You are not assigned to the '" + request.stage() + "' stage of this candidate.");
        }
        List<FieldError> errors = candidates.validate(access.candidate(), request, own);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The scorecard has invalid fields.", errors);
        }
        CandidateService.Recorded recorded = candidates.record(access.candidate(), request, own);
        Scorecard card = recorded.card();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", card.id);
        body.put("candidateId", id);
        body.put("stage", card.stageKey);
        body.put("interviewer", card.interviewer);
        body.put("overall", card.overall);
        body.put("amended", recorded.amended());
        body.put("revisions", recorded.amended() ? (int) ScorecardRevision.count("scorecard.id", card.id) : 0);
        return Response.status(recorded.amended() ? 200 : 201).location(URI.create("/api/candidates/" + id + "/summary"))
                .entity(body).build();
    }

    private LoopJson loopJson(Candidate candidate) {
        HiringContent content = candidates.content();
        return new LoopJson(candidate.id, InterviewAssignment.listFor(candidate).stream()
                .map(a -> new AssignmentJson(a.stageKey, CandidateService.stageLabel(content, a.stageKey), a.interviewer.id,
                        a.interviewer.displayName, a.scheduledOn,
                        Scorecard.findOwn(candidate, a.stageKey, a.interviewer.id).isPresent())).toList());
    }
}
