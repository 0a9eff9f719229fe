package dev.gofit.hiring;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.decision.Decision;
import dev.gofit.system.FormKeys;
import dev.gofit.system.Problem.FieldError;
import dev.gofit.system.ProblemException;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hiring pages: the overview, the checklist builder, a checklist with its candidates, the interview kit. */
@Path("/hiring")
@RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class HiringResource {

    /** A checklist in the overview list. */
    public record ChecklistRow(long id, String role, String levelLabel, int skills, long candidates, String owner,
                               boolean mine) {
    }

    public record CandidateRow(long id, String name, String email, long scorecards) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(List<ChecklistRow> checklists, List<Decision> decisions, Long archived);

        static native TemplateInstance builder(String heading, String action, BuilderView view, Map<String, String> errors);

        static native TemplateInstance checklist(Checklist checklist, InterviewKit kit, List<CandidateRow> candidates,
                                                 CandidateRequest candidate, Map<String, String> errors, boolean canShare,
                                                 String flash, Long archivedCandidate);

        static native TemplateInstance kit(InterviewKit kit);
    }

    private final ChecklistService service;
    private final CandidateService candidates;
    private final CurrentUser currentUser;
    private final FormKeys formKeys;

    public HiringResource(ChecklistService service, CandidateService candidates, CurrentUser currentUser,
                          FormKeys formKeys) {
        this.formKeys = formKeys;
        this.service = service;
        this.candidates = candidates;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance overview(@RestQuery Long archived) {
        List<ChecklistRow> rows = service.visible().stream().map(c -> new ChecklistRow(c.id, c.roleTitle,
                levelLabel(c.level), c.skills.size(), Candidate.count("checklist.id", c.id), c.owner.displayName,
                c.owner.id.equals(currentUser.id()))).toList();
        return Templates.overview(rows, Decision.listLog(), archived);
    }

    @GET
    @Path("/checklists/new")
    public TemplateInstance builderNew(@RestQuery Long decision) {
        Decision from = decision == null ? null
                : service.decision(decision).orElseThrow(() -> ProblemException.notFound("Decision " + decision));
        ChecklistDraft draft = from == null ? service.builder().defaults("", null, null)
                : service.builder().defaults("Go engineer, " + from.title, from.answers(), from.id);
        return Templates.builder("Build a hiring checklist", "/hiring/checklists",
                BuilderView.of(draft, service.content(), from == null ? null : from.title), Map.of());
    }

    @POST
    @Path("/checklists")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ChecklistForm form) {
        var first = formKeys.firstResult(form.formKey());
        if (first.isPresent()) {
            return Response.seeOther(first.get()).build();
        }
        ChecklistDraft draft = form.toDraft(service.content(), service.builder());
        List<FieldError> errors = service.validate(draft);
        if (!errors.isEmpty()) {
            return rejected(Templates.builder("Build a hiring checklist", "/hiring/checklists", view(draft, errorMap(errors)), errorMap(errors)));
        }
        Checklist checklist = service.create(draft);
        URI location = URI.create("/hiring/checklists/" + checklist.id + "?saved=1");
        formKeys.remember(form.formKey(), location);
        return Response.seeOther(location).build();
    }

    @GET
    @Path("/checklists/{id}")
    public TemplateInstance show(@RestPath long id, @RestQuery String saved, @RestQuery Long archivedCandidate) {
        Checklist checklist = service.require(id);
        return page(checklist, new CandidateRequest("", ""), Map.of(), saved == null ? null : "Checklist saved.", archivedCandidate);
    }

    @GET
    @Path("/checklists/{id}/edit")
    public TemplateInstance edit(@RestPath long id) {
        Checklist checklist = service.require(id);
        return Templates.builder("Edit " + checklist.roleTitle, "/hiring/checklists/" + id,
                view(ChecklistBuilder.draftOf(checklist), Map.of()), Map.of());
    }

    @POST
    @Path("/checklists/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam ChecklistForm form) {
        Checklist checklist = service.require(id);
        ChecklistDraft draft = form.toDraft(service.content(), service.builder());
        List<FieldError> errors = service.validate(draft);
        if (!errors.isEmpty()) {
            return rejected(Templates.builder("Edit " + checklist.roleTitle, "/hiring/checklists/" + id,
                    view(draft, errorMap(errors)), errorMap(errors)));
        }
        service.update(id, draft);
        return Response.seeOther(URI.create("/hiring/checklists/" + id + "?saved=1")).build();
    }

    @POST
    @Path("/checklists/{id}/archive")
    public Response archive(@RestPath long id) {
        service.archive(id);
        return Response.seeOther(URI.create("/hiring?archived=" + id)).build();
    }

    @POST
    @Path("/checklists/{id}/restore")
    public Response restore(@RestPath long id) {
        service.restore(id);
        return Response.seeOther(URI.create("/hiring/checklists/" + id)).build();
    }

    @GET
    @Path("/checklists/{id}/kit")
    public TemplateInstance kit(@RestPath long id) {
        return Templates.kit(InterviewKit.of(service.require(id), service.content()));
    }

    @POST
    @Path("/checklists/{id}/shares")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response share(@RestPath long id, @RestForm String colleague) {
        var problem = service.share(id, colleague == null ? "" : colleague);
        if (problem.isPresent()) {
            return rejected(page(service.require(id), new CandidateRequest("", ""), errorMap(List.of(problem.get())), null, null));
        }
        return Response.seeOther(URI.create("/hiring/checklists/" + id + "#sharing")).build();
    }

    /** Anonymised review on or off (a checkbox: absent means off). */
    @POST
    @Path("/checklists/{id}/anonymised")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response anonymise(@RestPath long id, @RestForm String anonymised) {
        service.anonymise(id, anonymised != null && !anonymised.isBlank());
        return Response.seeOther(URI.create("/hiring/checklists/" + id + "#anonymity")).build();
    }

    @POST
    @Path("/checklists/{id}/candidates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addCandidate(@RestPath long id, @BeanParam CandidateRequest.Form posted) {
        var first = formKeys.firstResult(posted.formKey());
        if (first.isPresent()) {
            return Response.seeOther(first.get()).build();
        }
        CandidateRequest form = posted.toRequest();
        Map<String, String> errors = candidates.check(form);
        if (!errors.isEmpty()) {
            return rejected(page(service.require(id), form.orBlank(), errors, null, null));
        }
        Candidate candidate = candidates.create(id, form);
        URI location = URI.create("/hiring/candidates/" + candidate.id);
        formKeys.remember(posted.formKey(), location);
        return Response.seeOther(location).build();
    }

    private TemplateInstance page(Checklist checklist, CandidateRequest input, Map<String, String> errors, String flash,
                                  Long archivedCandidate) {
        List<CandidateRow> candidates = Candidate.listFor(checklist).stream().map(c -> new CandidateRow(c.id, c.name,
                c.email, Scorecard.count("candidate.id", c.id))).toList();
        boolean canShare = checklist.owner.id.equals(currentUser.id()) || currentUser.isAdmin();
        return Templates.checklist(checklist, InterviewKit.of(checklist, service.content()), candidates, input, errors,
                canShare, flash, archivedCandidate);
    }

    private BuilderView view(ChecklistDraft draft, Map<String, String> errors) {
        String title = service.decision(draft.decisionId()).map(d -> d.title).orElse(null);
        return BuilderView.of(draft, service.content(), title, errors);
    }

    private String levelLabel(String key) {
        SkillCatalog.Level level = service.content().skills().level(key);
        return level == null ? key : level.label();
    }

    static Response rejected(TemplateInstance page) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    /** Field errors by field; several messages for one field are joined. */
    static Map<String, String> errorMap(List<FieldError> errors) {
        Map<String, String> map = new LinkedHashMap<>();
        for (FieldError e : errors) {
            map.merge(e.field(), e.message(), (a, b) -> a + " " + b);
        }
        return map;
    }
}
