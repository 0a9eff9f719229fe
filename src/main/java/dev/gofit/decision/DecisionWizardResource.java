package dev.gofit.decision;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.matrix.MatrixDefinition;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.gofit.decision.PageResponses.badRequest;
import static dev.gofit.decision.PageResponses.ok;
import static dev.gofit.decision.PageResponses.seeOther;

/**
 * The wizard: about, the four questions and the cautions, with progress, Back and resumable drafts.
 * A decision that left the draft stage sends every step back to its result page.
 */
@Path("/decisions")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class DecisionWizardResource {

    static final int STEPS = 6;
    static final int CAUTIONS_STEP = 6;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance about(Long id, DecisionForms.About form, Map<String, String> errors, Progress progress,
                                             Map<String, String> languages);

        static native TemplateInstance question(long id, String title, Framework.Question question,
                                                DecisionForms.Question form, String error, Progress progress);

        static native TemplateInstance cautions(long id, String title, List<Framework.Caution> cautions,
                                                List<Framework.Pitfall> pitfalls, Map<String, String> form,
                                                Map<String, String> errors, Progress progress,
                                                Map<String, String> languages);
    }

    /** Wizard progress: the current step (1-6) and every step with its link. */
    public record Progress(int current, int total, List<Step> steps) {
        public String label() {
            return steps.get(current - 1).label();
        }

        /** The question number (1-4) on a question step. */
        public int questionNumber() {
            return current - 1;
        }
    }

    public record Step(int number, String label, String href, boolean current, boolean done) {
    }

    private final CurrentUser currentUser;
    private final DecisionEvaluator evaluator;
    private final DecisionService service;
    private final DecisionAccess access;
    private final Validator validator;

    public DecisionWizardResource(CurrentUser currentUser, DecisionEvaluator evaluator, DecisionService service,
                                  Validator validator, DecisionAccess access) {
        this.access = access;
        this.currentUser = currentUser;
        this.evaluator = evaluator;
        this.service = service;
        this.validator = validator;
    }

    // ---- about ------------------------------------------------------------------------------

    @GET
    @Path("/new")
    public TemplateInstance newDecision() {
        return Templates.about(null, DecisionForms.About.empty(), Map.of(), progress(null, 1), languages());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@BeanParam DecisionForms.About form) {
        Map<String, String> errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            return badRequest(Templates.about(null, form, errors, progress(null, 1), languages()));
        }
        Decision d = service.start(currentUser.id(), form);
        return seeOther("/decisions/" + d.id + "/questions/1");
    }

    @GET
    @Path("/{id}/about")
    public Response about(@RestPath long id) {
        Decision d = access.editable(id, currentUser.id());
        if (d.status != DecisionStatus.DRAFT) {
            return seeOther("/decisions/" + id);
        }
        return ok(Templates.about(d.id, DecisionForms.About.of(d), Map.of(), progress(d, 1), languages()));
    }

    @POST
    @Path("/{id}/about")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response saveAbout(@RestPath long id, @BeanParam DecisionForms.About form) {
        Decision d = access.editable(id, currentUser.id());
        if (d.status != DecisionStatus.DRAFT) {
            return seeOther("/decisions/" + id);
        }
        Map<String, String> errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            return badRequest(Templates.about(d.id, form, errors, progress(d, 1), languages()));
        }
        service.describe(d, form);
        return seeOther("/decisions/" + id + "/questions/1");
    }

    // ---- the four questions -------------------------------------------------------------------

    @GET
    @Path("/{id}/questions/{n}")
    public Response question(@RestPath long id, @RestPath int n) {
        Decision d = access.editable(id, currentUser.id());
        Framework.Question q = questionOrThrow(n);
        if (d.status != DecisionStatus.DRAFT) {
            return seeOther("/decisions/" + id);
        }
        DecisionForms.Question form = new DecisionForms.Question(DecisionForms.yesNo(d.answers().get(q.key())),
                d.note(q.key()), null);
        return ok(Templates.question(id, d.title, q, form, null, progress(d, n + 1)));
    }

    @POST
    @Path("/{id}/questions/{n}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response answer(@RestPath long id, @RestPath int n, @BeanParam DecisionForms.Question form) {
        Decision d = access.editable(id, currentUser.id());
        Framework.Question q = questionOrThrow(n);
        if (d.status != DecisionStatus.DRAFT) {
            return seeOther("/decisions/" + id);
        }
        Map<String, String> errors = FormErrors.of(form.back() ? validator.validate(form, Default.class)
                : validator.validate(form, DecisionForms.Forward.class));
        if (!errors.isEmpty()) {
            String error = errors.getOrDefault("note", errors.get("answer"));
            return badRequest(Templates.question(id, d.title, q, form, error, progress(d, n + 1)));
        }
        service.answer(d, q.key(), form);
        if (form.back()) {
            return seeOther(n == 1 ? "/decisions/" + id + "/about" : "/decisions/" + id + "/questions/" + (n - 1));
        }
        return seeOther(n < Answers.QUESTION_KEYS.size() ? "/decisions/" + id + "/questions/" + (n + 1)
                : "/decisions/" + id + "/cautions");
    }

    // ---- cautions ------------------------------------------------------------------------------

    @GET
    @Path("/{id}/cautions")
    public Response cautions(@RestPath long id) {
        Decision d = access.editable(id, currentUser.id());
        if (d.status != DecisionStatus.DRAFT) {
            return seeOther("/decisions/" + id);
        }
        DecisionForms.Cautions form = new DecisionForms.Cautions(DecisionForms.yesNo(d.mlPrototyping),
                DecisionForms.yesNo(d.lowLevelMemoryControl), null);
        return ok(cautionsPage(d, form, Map.of()));
    }

    @POST
    @Path("/{id}/cautions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response saveCautions(@RestPath long id, @BeanParam DecisionForms.Cautions form) {
        Decision d = access.editable(id, currentUser.id());
        if (d.status != DecisionStatus.DRAFT) {
            return seeOther("/decisions/" + id);
        }
        form.values().forEach(d::answer);
        if (form.back()) {
            return seeOther("/decisions/" + id + "/questions/" + Answers.QUESTION_KEYS.size());
        }
        Map<String, String> errors = FormErrors.of(validator.validate(form, DecisionForms.Forward.class));
        if (!errors.isEmpty()) {
            return badRequest(cautionsPage(d, form, errors));
        }
        Optional<Integer> missing = firstMissingStep(d);
        if (missing.isPresent()) {
            return seeOther(stepHref(id, missing.get()));
        }
        service.complete(d);
        return seeOther("/decisions/" + id);
    }

    private Map<String, String> languages() {
        Map<String, String> languages = new LinkedHashMap<>();
        MatrixDefinition m = evaluator.matrix().definition();
        m.languageKeys().forEach(l -> languages.put(l, m.languageName(l)));
        return languages;
    }

    private TemplateInstance cautionsPage(Decision d, DecisionForms.Cautions form, Map<String, String> errors) {
        Framework f = evaluator.framework();
        return Templates.cautions(d.id, d.title, f.cautions(), f.pitfalls(), form.entered(), errors,
                progress(d, CAUTIONS_STEP), languages());
    }

    // ---- steps ---------------------------------------------------------------------------------

    /** Where a half-finished decision resumes: the first step with an answer missing. */
    static String resumeHref(Decision d) {
        return stepHref(d.id, firstMissingStep(d).orElse(CAUTIONS_STEP));
    }

    private Progress progress(Decision d, int current) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(1, "About", d == null ? null : "/decisions/" + d.id + "/about", current == 1, d != null));
        List<Framework.Question> questions = evaluator.framework().questions();
        for (int i = 0; i < questions.size(); i++) {
            boolean done = d != null && d.answers().get(questions.get(i).key()) != null;
            steps.add(new Step(i + 2, questions.get(i).title(), d == null ? null : "/decisions/" + d.id + "/questions/" + (i + 1),
                    current == i + 2, done));
        }
        boolean cautionsDone = d != null && Answers.CAUTION_KEYS.stream().allMatch(k -> d.answers().get(k) != null);
        steps.add(new Step(CAUTIONS_STEP, "Cautions", d == null ? null : "/decisions/" + d.id + "/cautions",
                current == CAUTIONS_STEP, cautionsDone));
        return new Progress(current, STEPS, steps);
    }

    /** The first wizard step (2-6) with an answer missing. */
    private static Optional<Integer> firstMissingStep(Decision d) {
        for (int i = 0; i < Answers.QUESTION_KEYS.size(); i++) {
            if (d.answers().get(Answers.QUESTION_KEYS.get(i)) == null) {
                return Optional.of(i + 2);
            }
        }
        for (String key : Answers.CAUTION_KEYS) {
            if (d.answers().get(key) == null) {
                return Optional.of(CAUTIONS_STEP);
            }
        }
        return Optional.empty();
    }

    private static String stepHref(long id, int step) {
        if (step == 1) {
            return "/decisions/" + id + "/about";
        }
        return step == CAUTIONS_STEP ? "/decisions/" + id + "/cautions" : "/decisions/" + id + "/questions/" + (step - 1);
    }

    private Framework.Question questionOrThrow(int n) {
        List<Framework.Question> questions = evaluator.framework().questions();
        if (n < 1 || n > questions.size()) {
            throw new NotFoundException();
        }
        return questions.get(n - 1);
    }
}
