package dev.gofit.hiring;

import dev.gofit.account.Role;
import dev.gofit.decision.Answers;
import dev.gofit.system.Problem.FieldError;
import dev.gofit.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON API for hiring checklists (see the README) and their exports for scripts using HTTP Basic. */
@Path("/api/checklists")
@RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
@Tag(name = "Hiring")
public class ChecklistApiResource {

    public record CheckJson(String key, String text, String stage) {
    }

    public record SkillJson(String key, String label, boolean custom, int weight, List<CheckJson> checks) {
    }

    public record StageJson(String key, String label, int minutes) {
    }

    public record ChecklistJson(long id, String role, String level, Long decisionId, List<SkillJson> skills,
                                List<StageJson> stages, Map<String, String> exports) {
    }

    private final ChecklistService service;
    private final ChecklistExporter exporter;
    private final CandidateService candidates;

    public ChecklistApiResource(ChecklistService service, ChecklistExporter exporter, CandidateService candidates) {
        this.service = service;
        this.exporter = exporter;
        this.candidates = candidates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a checklist from the core skills (by key) and custom skills (by name)")
    public Response create(@Valid @NotNull ChecklistRequest request) {
        ChecklistDraft draft = draftOf(request);
        List<FieldError> errors = service.validate(draft);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The checklist has invalid fields.", errors);
        }
        Checklist checklist = service.create(draft);
        return Response.created(URI.create("/api/checklists/" + checklist.id)).entity(json(checklist)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public List<ChecklistJson> list() {
        return service.visible().stream().map(this::json).toList();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public ChecklistJson get(@RestPath long id) {
        return json(service.require(id));
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @Operation(summary = "Archive a checklist (restore it on its page); 404 for someone else's")
    public Response archive(@RestPath long id) {
        service.archive(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/export.md")
    @Produces("text/markdown;charset=UTF-8")
    @Transactional
    public Response markdown(@RestPath long id) {
        return exporter.download(service.require(id), "md");
    }

    @GET
    @Path("/{id}/export.csv")
    @Produces("text/csv;charset=UTF-8")
    @Transactional
    public Response csv(@RestPath long id) {
        return exporter.download(service.require(id), "csv");
    }

    @GET
    @Path("/{id}/export.pdf")
    @Produces("application/pdf")
    @Transactional
    public Response pdf(@RestPath long id) {
        return exporter.download(service.require(id), "pdf");
    }

    @POST
    @Path("/{id}/candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a candidate for this checklist's role")
    public Response addCandidate(@RestPath long id, @Valid @NotNull CandidateRequest request) {
        Candidate candidate = candidates.create(id, request);
        return Response.created(URI.create("/api/candidates/" + candidate.id))
                .entity(candidates.json(service.requireCandidate(candidate.id), true)).build();
    }

    /** Turns the request into a draft, rejecting unknown skill keys with the index of the offending entry. */
    ChecklistDraft draftOf(ChecklistRequest r) {
        ChecklistBuilder builder = service.builder();
        HiringContent content = service.content();
        List<FieldError> errors = new ArrayList<>();
        List<String> keys = r.skills() == null ? HiringContent.CORE_KEYS : r.skills();
        Map<String, Integer> weights = r.weights() == null ? Map.of() : r.weights();
        Map<String, Integer> minutes = r.minutes() == null ? Map.of() : r.minutes();
        Answers answers = service.decision(r.decisionId()).map(d -> d.answers()).orElse(null);
        List<String> stageKeys = r.stages() == null
                ? content.vetting().stages().stream().map(VettingProcess.Stage::key).toList() : r.stages();
        List<ChecklistDraft.SkillDraft> skills = new ArrayList<>();
        for (String key : keys) {
            SkillCatalog.Skill skill = content.skills().skill(key);
            Integer weight = weights.containsKey(key) ? weights.get(key) : ChecklistBuilder.suggestedWeight(skill, answers);
            skills.add(builder.coreSkill(key, weight));
        }
        List<String> custom = r.custom() == null ? List.of() : r.custom();
        String customStage = stageKeys.contains("design") ? "design" : stageKeys.isEmpty() ? null : stageKeys.get(stageKeys.size() - 1);
        for (String label : custom) {
            String key = ChecklistBuilder.customKey(label);
            skills.add(builder.customSkill(label, weights.getOrDefault(key, weights.getOrDefault(label, 3)), customStage, List.of()));
        }
        for (String key : weights.keySet()) {
            boolean known = skills.stream().anyMatch(s -> s.key().equals(key) || s.label().equals(key));
            if (!known) {
                errors.add(new FieldError("weights." + key, "No skill '" + key + "' in this checklist."));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The checklist has invalid fields.", errors);
        }
        List<ChecklistDraft.StageDraft> stages = stageKeys.stream().map(k -> {
            VettingProcess.Stage stage = content.vetting().stage(k);
            return new ChecklistDraft.StageDraft(k, minutes.getOrDefault(k, stage == null ? null : stage.minutes()));
        }).toList();
        String level = r.level() == null ? ChecklistBuilder.DEFAULT_LEVEL : r.level();
        // A stage left out drops the checks that belong to it: the API caller chose fewer stages.
        List<ChecklistDraft.SkillDraft> kept = skills.stream().map(s -> new ChecklistDraft.SkillDraft(s.key(), s.label(),
                s.custom(), s.weight(), s.checks().stream().filter(c -> stageKeys.contains(c.stage())).toList())).toList();
        return new ChecklistDraft(r.role(), level, r.decisionId(), kept, stages);
    }

    ChecklistJson json(Checklist c) {
        Map<String, String> exports = new LinkedHashMap<>();
        exports.put("markdown", "/checklists/" + c.id + "/export.md");
        exports.put("csv", "/checklists/" + c.id + "/export.csv");
        exports.put("pdf", "/checklists/" + c.id + "/export.pdf");
        return new ChecklistJson(c.id, c.roleTitle, c.level, c.decisionId,
                c.skills.stream().map(s -> new SkillJson(s.skillKey, s.label, s.custom, s.weight,
                        s.checks.stream().map(k -> new CheckJson(k.checkKey, k.text, k.stage)).toList())).toList(),
                c.stages.stream().map(s -> {
                    VettingProcess.Stage stage = service.content().vetting().stage(s.stageKey);
                    return new StageJson(s.stageKey, stage == null ? s.stageKey : stage.label(), s.minutes);
                }).toList(), exports);
    }
}
