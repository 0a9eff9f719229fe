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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A candidate's page: the take-home invite, the interview loop, scorecards per stage (an interviewer's own or a
 * manager's for a named interviewer), the summary (blind for an interviewer until they submit) and its PDF.
 */
@Path("/hiring/candidates")
@RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME, Role.INTERVIEWER_NAME})
public class CandidateResource {

    /** The scorecard form for one stage, with what the interviewer entered so far; {@code own}: no interviewer field. */
    public record ScorecardView(String stage, String stageLabel, List<RatingRow> ratings, String interviewer, String overall,
                                String notes, boolean own, boolean amending) {
    }

    public record RatingRow(String key, String label, int weight, List<String> checks, int value, String error) {
    }

    public record StageTab(String key, String label, int minutes, boolean current) {
    }

    /**
     * One stage of the loop form: who is assigned (kept while ticked), the others who may interview (one select, which
     * stays one line however many accounts there are) and the date.
     */
    public record LoopStage(String key, String label, String date, List<LoopChoice> assigned, List<LoopChoice> available) {
    }

    public record LoopChoice(String value, String name, boolean chosen) {
    }

    /** Everything the candidate page shows. */
    public record PageView(Candidate candidate, String shownName, boolean manager, boolean summaryVisible, String blindReason,
                           String inviteLink, ScorecardSummary summary, List<InterviewService.Missing> missing,
                           List<StageTab> stages, ScorecardView form, Map<String, String> errors,
                           List<VettingProcess.Rating> scale, List<Overall> overalls, String flash, List<LoopStage> loop,
                           Map<String, String> loopErrors) {
    }

    /** The loop form as posted: {@code assign=stage:userId} checkboxes; per stage (aligned) its key and date. */
    public record LoopForm(@RestForm List<String> assign, @RestForm List<String> dateStage, @RestForm List<String> date) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance candidate(PageView v);

        static native TemplateInstance summaryPdf(Candidate candidate, String shownName, String shownEmail,
                                                  ScorecardSummary summary, String base);
    }

    private final ChecklistService checklists;
    private final CandidateService candidates;
    private final InterviewService interviews;
    private final CurrentUser currentUser;
    private final PdfRenderer pdfRenderer;
    private final GoFitConfig config;
    private final InterviewMail mail;

    public CandidateResource(ChecklistService checklists, CandidateService candidates, InterviewService interviews,
                             CurrentUser currentUser, PdfRenderer pdfRenderer, GoFitConfig config, InterviewMail mail) {
        this.mail = mail;
        this.config = config;
        this.checklists = checklists;
        this.candidates = candidates;
        this.interviews = interviews;
        this.currentUser = currentUser;
        this.pdfRenderer = pdfRenderer;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestPath long id, @RestQuery String stage, @RestQuery String saved) {
        InterviewService.Access access = interviews.access(id);
        List<String> stages = stageKeys(access);
        String chosen = stage != null && stages.contains(stage) ? stage : stages.get(0);
        Scorecard mine = Scorecard.findOwn(access.candidate(), chosen, currentUser.id()).orElse(null);
        ScorecardRequest start = mine == null
                ? new ScorecardRequest(chosen, currentUser.getDisplayName(), "", Map.of(), "")
                : new ScorecardRequest(chosen, mine.interviewer, mine.overall.name(), Map.copyOf(mine.ratings),
                mine.notes == null ? "" : mine.notes);
        return render(access, start, Map.of(), saved == null ? null : "Scorecard saved.", Map.of());
    }

    @POST
    @Path("/{id}/scorecards")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response record(@RestPath long id, @BeanParam ScorecardForm form) {
        InterviewService.Access access = interviews.access(id);
        ScorecardRequest input = form.toRequest();
        boolean own = interviews.ownStage(access, input.stage());
        if (!access.manager() && !own) {
            throw InterviewService.forbidden("You are not assigned to this stage of the candidate's loop.");
        }
        List<FieldError> errors = candidates.validate(access.candidate(), input, own);
        if (!errors.isEmpty()) {
            if (!access.candidate().checklist.hasStage(input.stage())) {
                // Show the form for a stage the checklist has, keeping what was typed.
                input = new ScorecardRequest(stageKeys(access).get(0), input.interviewer(), input.overall(), input.ratings(),
                        input.notes());
            }
            return HiringResource.rejected(render(access, input, HiringResource.errorMap(errors), null, Map.of()));
        }
        candidates.record(access.candidate(), input, own);
        return Response.seeOther(URI.create("/hiring/candidates/" + id + "?saved=1#summary")).build();
    }

    @POST
    @Path("/{id}/loop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response loop(@RestPath long id, @BeanParam LoopForm form) {
        Candidate candidate = interviews.requireManager(id);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        List<LoopRequest.Assignment> assignments = new ArrayList<>();
        List<String> dateStages = form.dateStage() == null ? List.of() : form.dateStage();
        List<String> dates = form.date() == null ? List.of() : form.date();
        for (String value : form.assign() == null ? List.<String>of() : form.assign()) {
            int cut = value.lastIndexOf(':');
            Integer user = cut > 0 ? ChecklistForm.number(value.substring(cut + 1)) : null;
            if (user == null) {
                continue;
            }
            String stage = value.substring(0, cut);
            int row = dateStages.indexOf(stage);
            String text = row >= 0 && row < dates.size() ? dates.get(row) : null;
            LocalDate date = null;
            try {
                date = text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                errors.put("date." + stage, "Give the date as YYYY-MM-DD.");
            }
            assignments.add(new LoopRequest.Assignment(stage, (long) user, date));
        }
        LoopRequest request = new LoopRequest(assignments);
        interviews.validate(candidate, request).forEach(e -> errors.put(e.field(), e.message()));
        if (!errors.isEmpty()) {
            InterviewService.Access access = new InterviewService.Access(candidate, true);
            return HiringResource.rejected(render(access, blank(access), Map.of(), null, errors));
        }
        List<InterviewAssignment> added = interviews.assign(id, request);
        mail.assigned(added.stream().map(a -> a.id).toList());
        return Response.seeOther(URI.create("/hiring/candidates/" + id + "#loop")).build();
    }

    /** Shows an anonymised candidate's name and e-mail to the interviewers (kept: it cannot be hidden again). */
    @POST
    @Path("/{id}/reveal")
    public Response reveal(@RestPath long id) {
        interviews.requireManager(id);
        candidates.reveal(id);
        return Response.seeOther(URI.create("/hiring/candidates/" + id + "#anonymity")).build();
    }

    @POST
    @Path("/{id}/archive")
    public Response archive(@RestPath long id) {
        interviews.requireManager(id);
        long checklist = candidates.archive(id);
        return Response.seeOther(URI.create("/hiring/checklists/" + checklist + "?archivedCandidate=" + id)).build();
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
    public Response restore(@RestPath long id) {
        candidates.restore(id);
        return Response.seeOther(URI.create("/hiring/candidates/" + id)).build();
    }

    @GET
    @Path("/{id}/summary.pdf")
    @Produces("application/pdf")
    public Response summaryPdf(@RestPath long id) {
        InterviewService.Access access;
        try {
            access = interviews.access(id);
        } catch (dev.gofit.system.ProblemException e) {
            access = null;
        }
        if (access == null || !interviews.maySeeSummary(access)) {
            return access == null ? Download.notFound("Candidate " + id)
                    : Download.refused(403, interviews.blindReason(access.candidate()));
        }
        Candidate candidate = access.candidate();
        // Links in a PDF must be absolute: relative ones lead nowhere once the file is saved.
        String base = config.publicUrl().replaceAll("/+$", "");
        byte[] pdf = pdfRenderer.render(Templates.summaryPdf(candidate,
                candidate.nameFor(access.manager()), candidate.emailFor(access.manager()), candidates.summary(candidate), base).render());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", Download.attachment("candidate-" + id + "-summary.pdf")).build();
    }

    /** The stages the caller may score: all of the checklist's for a manager, their assigned ones otherwise. */
    private List<String> stageKeys(InterviewService.Access access) {
        List<String> all = access.candidate().checklist.stages.stream().map(s -> s.stageKey).toList();
        if (access.manager()) {
            return all;
        }
        List<String> mine = InterviewAssignment.listFor(access.candidate()).stream()
                .filter(a -> a.interviewer.id.equals(currentUser.id())).map(a -> a.stageKey).distinct().toList();
        return all.stream().filter(mine::contains).toList();
    }

    private ScorecardRequest blank(InterviewService.Access access) {
        return new ScorecardRequest(stageKeys(access).get(0), currentUser.getDisplayName(), "", Map.of(), "");
    }

    private TemplateInstance render(InterviewService.Access access, ScorecardRequest input, Map<String, String> errors,
                                    String flash, Map<String, String> loopErrors) {
        Candidate candidate = access.candidate();
        Checklist checklist = candidate.checklist;
        HiringContent content = checklists.content();
        List<String> keys = stageKeys(access);
        List<StageTab> tabs = checklist.stages.stream().filter(s -> keys.contains(s.stageKey)).map(s -> new StageTab(s.stageKey,
                CandidateService.stageLabel(content, s.stageKey), s.minutes, s.stageKey.equals(input.stage()))).toList();
        List<RatingRow> rows = checklist.skillsIn(input.stage()).stream().map(s -> new RatingRow(s.skillKey, s.label, s.weight,
                s.checks.stream().filter(c -> c.stage.equals(input.stage())).map(c -> c.text).toList(),
                input.ratingsOrEmpty().getOrDefault(s.skillKey, 0), errors.get("ratings." + s.skillKey))).toList();
        boolean own = interviews.ownStage(access, input.stage());
        boolean amending = own && Scorecard.findOwn(candidate, input.stage(), currentUser.id()).isPresent();
        ScorecardView form = new ScorecardView(input.stage(), CandidateService.stageLabel(content, input.stage()), rows,
                input.interviewer(), input.overallValue() == null ? "" : input.overallValue().name(),
                input.notes() == null ? "" : input.notes(), own, amending);
        boolean visible = interviews.maySeeSummary(access);
        return Templates.candidate(new PageView(candidate, candidate.nameFor(access.manager()), access.manager(), visible,
                visible ? null : interviews.blindReason(candidate),
                access.manager() ? CandidateService.inviteLink(candidate) : null,
                visible ? candidates.summary(candidate) : null, visible ? interviews.missing(candidate) : List.of(),
                tabs, form, errors, content.vetting().ratingScale(), List.of(Overall.values()), flash,
                access.manager() ? loopStages(candidate, content) : List.of(), loopErrors));
    }

    private List<LoopStage> loopStages(Candidate candidate, HiringContent content) {
        List<InterviewAssignment> assigned = InterviewAssignment.listFor(candidate);
        List<dev.gofit.account.User> people = InterviewService.interviewers();
        return candidate.checklist.stages.stream().map(s -> {
            LocalDate date = assigned.stream().filter(a -> a.stageKey.equals(s.stageKey) && a.scheduledOn != null)
                    .map(a -> a.scheduledOn).findFirst().orElse(null);
            List<LoopChoice> choices = people.stream().map(u -> new LoopChoice(s.stageKey + ":" + u.id, u.displayName,
                    assigned.stream().anyMatch(a -> a.stageKey.equals(s.stageKey) && a.interviewer.id.equals(u.id)))).toList();
            return new LoopStage(s.stageKey, CandidateService.stageLabel(content, s.stageKey),
                    date == null ? "" : date.toString(), choices.stream().filter(LoopChoice::chosen).toList(),
                    choices.stream().filter(c -> !c.chosen()).toList());
        }).toList();
    }
}
