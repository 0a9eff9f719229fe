package dev.gofit.hiring;

import dev.gofit.system.Download;
import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.system.GoFitConfig;
import dev.gofit.system.PdfRenderer;
import dev.gofit.system.Problem.FieldError;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** A candidate's page: the take-home invite, scorecards per stage and interviewer, the summary and its PDF. */
@Path("/hiring/candidates")
@RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
public class CandidateResource {

    /** The scorecard form for one stage, with what the interviewer entered so far. */
    public record ScorecardView(String stage, String stageLabel, List<RatingRow> ratings, String interviewer, String overall,
                                String notes) {
    }

    public record RatingRow(String key, String label, int weight, List<String> checks, int value, String error) {
    }

    public record StageTab(String key, String label, int minutes, boolean current) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance candidate(Candidate candidate, String inviteLink, ScorecardSummary summary,
                                                 List<StageTab> stages, ScorecardView form, Map<String, String> errors,
                                                 List<VettingProcess.Rating> scale, List<Overall> overalls, String flash);

        static native TemplateInstance summaryPdf(Candidate candidate, ScorecardSummary summary, String base);
    }

    private final ChecklistService checklists;
    private final CandidateService candidates;
    private final CurrentUser currentUser;
    private final PdfRenderer pdfRenderer;
    private final GoFitConfig config;

    public CandidateResource(ChecklistService checklists, CandidateService candidates, CurrentUser currentUser,
                             PdfRenderer pdfRenderer, GoFitConfig config) {
        this.config = config;
        this.checklists = checklists;
        this.candidates = candidates;
        this.currentUser = currentUser;
        this.pdfRenderer = pdfRenderer;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestPath long id, @RestQuery String stage, @RestQuery String saved) {
        Candidate candidate = checklists.requireCandidate(id);
        String chosen = stage != null && candidate.checklist.hasStage(stage) ? stage : candidate.checklist.stages.get(0).stageKey;
        ScorecardRequest blank = new ScorecardRequest(chosen, currentUser.getDisplayName(), "", Map.of(), "");
        return render(candidate, blank, Map.of(), saved == null ? null : "Scorecard saved.");
    }

    @POST
    @Path("/{id}/scorecards")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response record(@RestPath long id, @BeanParam ScorecardForm form) {
        Candidate candidate = checklists.requireCandidate(id);
        ScorecardRequest input = form.toRequest();
        List<FieldError> errors = candidates.validate(candidate, input);
        if (!errors.isEmpty()) {
            if (!candidate.checklist.hasStage(input.stage())) {
                // Show the form for a stage the checklist has, keeping what was typed.
                input = new ScorecardRequest(candidate.checklist.stages.get(0).stageKey, input.interviewer(),
                        input.overall(), input.ratings(), input.notes());
            }
            return HiringResource.rejected(render(candidate, input, HiringResource.errorMap(errors), null));
        }
        candidates.record(id, input);
        return Response.seeOther(URI.create("/hiring/candidates/" + id + "?saved=1#summary")).build();
    }

    @GET
    @Path("/{id}/summary.pdf")
    @Produces("application/pdf")
    public Response summaryPdf(@RestPath long id) {
        Candidate candidate = Candidate.findVisible(id, checklists.viewer()).orElse(null);
        if (candidate == null) {
            // Plain text: the HTML error page needs a CSRF token that a PDF endpoint does not get.
            return Response.status(404).type("text/plain;charset=UTF-8").entity("Candidate " + id + " does not exist.").build();
        }
        // Links in a PDF must be absolute: relative ones lead nowhere once the file is saved.
        String base = config.publicUrl().replaceAll("/+$", "");
        byte[] pdf = pdfRenderer.render(Templates.summaryPdf(candidate, candidates.summary(candidate), base).render());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", Download.attachment("candidate-" + id + "-summary.pdf")).build();
    }

    private TemplateInstance render(Candidate candidate, ScorecardRequest input, Map<String, String> errors,
                                    String flash) {
        Checklist checklist = candidate.checklist;
        HiringContent content = checklists.content();
        List<StageTab> tabs = checklist.stages.stream().map(s -> new StageTab(s.stageKey,
                CandidateService.stageLabel(content, s.stageKey), s.minutes, s.stageKey.equals(input.stage()))).toList();
        List<RatingRow> rows = checklist.skillsIn(input.stage()).stream().map(s -> new RatingRow(s.skillKey, s.label, s.weight,
                s.checks.stream().filter(c -> c.stage.equals(input.stage())).map(c -> c.text).toList(),
                input.ratingsOrEmpty().getOrDefault(s.skillKey, 0), errors.get("ratings." + s.skillKey))).toList();
        ScorecardView form = new ScorecardView(input.stage(), CandidateService.stageLabel(content, input.stage()), rows,
                input.interviewer(), input.overallValue() == null ? "" : input.overallValue().name(), input.notes() == null ? "" : input.notes());
        return Templates.candidate(candidate, CandidateService.inviteLink(candidate), candidates.summary(candidate), tabs, form,
                errors, content.vetting().ratingScale(), List.of(Overall.values()), flash);
    }
}
