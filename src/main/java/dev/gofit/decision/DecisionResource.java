package dev.gofit.decision;

import dev.gofit.system.Download;
import dev.gofit.system.Markdown;
import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.matrix.FlipFinder;
import dev.gofit.matrix.MatrixDefinition;
import dev.gofit.matrix.MatrixView;
import dev.gofit.system.GoFitConfig;
import dev.gofit.system.PdfRenderer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The decision pages: the list, the wizard (about, four questions, cautions) with progress, Back
 * and resumable drafts, the result with the editable matrix, the lifecycle, revisions and the
 * exports (ADR Markdown, PDF, print view).
 */
@Path("/decisions")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class DecisionResource {

    static final int STEPS = 6;
    static final int CAUTIONS_STEP = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> rows, String q, int total);

        static native TemplateInstance about(Long id, AboutForm form, Map<String, String> errors, Progress progress);

        static native TemplateInstance question(long id, String title, Framework.Question question, QuestionForm form,
                                                String error, Progress progress);

        static native TemplateInstance cautions(long id, String title, List<Framework.Caution> cautions,
                                                List<Framework.Pitfall> pitfalls, Map<String, String> form,
                                                Map<String, String> errors, Progress progress,
                                                Map<String, String> languages);

        static native TemplateInstance result(ResultPage page, MatrixView matrix);

        static native TemplateInstance result$matrix(ResultPage page, MatrixView matrix);

        static native TemplateInstance print(ResultPage page, String adrHtml);

        static native TemplateInstance adrPdf(String title, Map<String, String> front, String adrHtml);
    }

    /** A row of the decisions list. */
    public record Row(long id, String title, String verdict, String verdictClass, String status, String statusClass,
                      String updated, boolean draft, int revision) {
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

    public record AboutForm(String title, String description, String teamContext) {
    }

    public record QuestionForm(String answer, String note) {
    }

    /** Everything the result page shows apart from the matrix. */
    public record ResultPage(long id, String title, String description, String teamContext, String status,
                             String statusClass, int revision, String updated, String deciders, String verdictLabel,
                             String verdictClass, int yesCount, List<String> reasons, List<Alternative> alternatives,
                             List<Framework.Pitfall> pitfalls, List<Answer> answers, boolean proposed, boolean decided,
                             boolean superseded, List<Choice> supersedeChoices, Choice supersededBy,
                             List<Choice> supersedes, List<HistoryRow> history, List<WeightChangeRow> weightChanges,
                             String flash, String error) {

        public int nextRevision() {
            return revision + 1;
        }

        /** The first reason: the verdict in one sentence. */
        public String headline() {
            return reasons.get(0);
        }

        /** The reasons tied to each answer. */
        public List<String> details() {
            return reasons.subList(1, reasons.size());
        }
    }

    public record Alternative(String language, String title, String text) {
    }

    public record Answer(String title, String answer, String note) {
    }

    public record Choice(long id, String title) {
    }

    public record HistoryRow(int revision, String title, String status, String verdict, String first, String updated,
                             String answers) {
    }

    /** A logged weight change in words, e.g. "Performance 1 → 4, Memory control 0 → 5". */
    public record WeightChangeRow(int revision, String when, String changes) {
    }

    private final CurrentUser currentUser;
    private final DecisionEvaluator evaluator;
    private final DecisionService service;
    private final DecisionConfirmation confirmation;
    private final PdfRenderer pdf;
    private final GoFitConfig config;

    public DecisionResource(CurrentUser currentUser, DecisionEvaluator evaluator, DecisionService service,
                            DecisionConfirmation confirmation, PdfRenderer pdf, GoFitConfig config) {
        this.currentUser = currentUser;
        this.evaluator = evaluator;
        this.service = service;
        this.confirmation = confirmation;
        this.pdf = pdf;
        this.config = config;
    }

    // ---- list ------------------------------------------------------------------------------

    @GET
    public TemplateInstance list(@QueryParam("q") String q) {
        List<Row> rows = Decision.searchForOwner(currentUser.id(), q).stream().map(d -> {
            Verdict v = d.verdict();
            return new Row(d.id, d.title, d.status == DecisionStatus.DRAFT ? "In progress" : AdrWriter.verdictLabel(v),
                    d.status == DecisionStatus.DRAFT ? "" : verdictClass(v), statusLabel(d.status), statusClass(d.status),
                    DAY.format(d.updatedAt), d.status == DecisionStatus.DRAFT, d.revision);
        }).toList();
        return Templates.list(rows, q == null ? "" : q.strip(), (int) Decision.count("owner.id", currentUser.id()));
    }

    // ---- wizard: about -----------------------------------------------------------------------

    @GET
    @Path("/new")
    public TemplateInstance newDecision() {
        return Templates.about(null, new AboutForm("", "", ""), Map.of(), progress(null, 1));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(@RestForm String title, @RestForm String description, @RestForm String teamContext) {
        AboutForm form = new AboutForm(trim(title), trim(description), trim(teamContext));
        Map<String, String> errors = validate(form);
        if (!errors.isEmpty()) {
            return badRequest(Templates.about(null, form, errors, progress(null, 1)));
        }
        Decision d = service.start(currentUser.id(), form.title(), blankToNull(form.description()), blankToNull(form.teamContext()));
        return seeOther("/decisions/" + d.id + "/questions/1");
    }

    @GET
    @Path("/{id}/about")
    public Response about(@RestPath long id) {
        Decision d = owned(id);
        if (d.status != DecisionStatus.DRAFT) {
            return seeOther("/decisions/" + id);
        }
        return ok(Templates.about(d.id, new AboutForm(d.title, nz(d.description), nz(d.teamContext)), Map.of(), progress(d, 1)));
    }

    @POST
    @Path("/{id}/about")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response saveAbout(@RestPath long id, @RestForm String title, @RestForm String description,
                              @RestForm String teamContext) {
        Decision d = owned(id);
        if (d.status != DecisionStatus.DRAFT) {
            return seeOther("/decisions/" + id);
        }
        AboutForm form = new AboutForm(trim(title), trim(description), trim(teamContext));
        Map<String, String> errors = validate(form);
        if (!errors.isEmpty()) {
            return badRequest(Templates.about(d.id, form, errors, progress(d, 1)));
        }
        d.title = form.title();
        d.description = blankToNull(form.description());
        d.teamContext = blankToNull(form.teamContext());
        d.updatedAt = Instant.now();
        return seeOther("/decisions/" + id + "/questions/1");
    }

    // ---- wizard: the four questions ------------------------------------------------------------

    @GET
    @Path("/{id}/questions/{n}")
    public Response question(@RestPath long id, @RestPath int n) {
        Decision d = owned(id);
        Framework.Question q = questionOrThrow(n);
        if (d.status != DecisionStatus.DRAFT) {
            return seeOther("/decisions/" + id);
        }
        Boolean answer = d.answers().get(q.key());
        return ok(Templates.question(id, d.title, q, new QuestionForm(yesNo(answer), nz(d.note(q.key()))), null,
                progress(d, n + 1)));
    }

    @POST
    @Path("/{id}/questions/{n}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response answer(@RestPath long id, @RestPath int n, @RestForm String answer, @RestForm String note,
                           @RestForm String nav) {
        Decision d = owned(id);
        Framework.Question q = questionOrThrow(n);
        if (d.status != DecisionStatus.DRAFT) {
            return seeOther("/decisions/" + id);
        }
        boolean back = "back".equals(nav);
        QuestionForm form = new QuestionForm(answer, note == null ? "" : note);
        Boolean value = parseYesNo(answer);
        String error = null;
        if (note != null && note.length() > DecisionRequest.MAX_NOTE) {
            error = "The note is too long: keep it under " + DecisionRequest.MAX_NOTE + " characters.";
        } else if (value == null && !back) {
            error = "Choose yes or no to continue. Not sure? Pick the answer that is true today and say why in the note.";
        }
        if (error != null) {
            return badRequest(Templates.question(id, d.title, q, form, error, progress(d, n + 1)));
        }
        if (value != null) {
            d.answer(q.key(), value);
        }
        d.note(q.key(), note);
        d.updatedAt = Instant.now();
        if (back) {
            return seeOther(n == 1 ? "/decisions/" + id + "/about" : "/decisions/" + id + "/questions/" + (n - 1));
        }
        return seeOther(n < Answers.QUESTION_KEYS.size() ? "/decisions/" + id + "/questions/" + (n + 1)
                : "/decisions/" + id + "/cautions");
    }

    // ---- wizard: cautions ---------------------------------------------------------------------

    @GET
    @Path("/{id}/cautions")
    public Response cautions(@RestPath long id) {
        Decision d = owned(id);
        if (d.status != DecisionStatus.DRAFT) {
            return seeOther("/decisions/" + id);
        }
        Map<String, String> form = new LinkedHashMap<>();
        for (String key : Answers.CAUTION_KEYS) {
            form.put(key, nz(yesNo(d.answers().get(key))));
        }
        return ok(cautionsPage(d, form, Map.of()));
    }

    @POST
    @Path("/{id}/cautions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response saveCautions(@RestPath long id, @RestForm String mlPrototyping, @RestForm String lowLevelMemoryControl,
                                 @RestForm String nav) {
        Decision d = owned(id);
        if (d.status != DecisionStatus.DRAFT) {
            return seeOther("/decisions/" + id);
        }
        boolean back = "back".equals(nav);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("mlPrototyping", nz(mlPrototyping));
        form.put("lowLevelMemoryControl", nz(lowLevelMemoryControl));
        Map<String, String> errors = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : form.entrySet()) {
            Boolean value = parseYesNo(e.getValue());
            if (value != null) {
                d.answer(e.getKey(), value);
            } else if (!back) {
                errors.put(e.getKey(), "Choose yes or no.");
            }
        }
        if (back) {
            d.updatedAt = Instant.now();
            return seeOther("/decisions/" + id + "/questions/" + Answers.QUESTION_KEYS.size());
        }
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

    private TemplateInstance cautionsPage(Decision d, Map<String, String> form, Map<String, String> errors) {
        Framework f = evaluator.framework();
        Map<String, String> languages = new LinkedHashMap<>();
        MatrixDefinition m = evaluator.matrix().definition();
        m.languageKeys().forEach(l -> languages.put(l, m.languageName(l)));
        return Templates.cautions(d.id, d.title, f.cautions(), f.pitfalls(), form, errors, progress(d, CAUTIONS_STEP),
                languages);
    }

    // ---- result -------------------------------------------------------------------------------

    @GET
    @Path("/{id}")
    public Response result(@RestPath long id, @QueryParam("done") String done) {
        Decision d = owned(id);
        if (d.status == DecisionStatus.DRAFT) {
            // A half-finished decision resumes where it stopped.
            return seeOther(stepHref(id, firstMissingStep(d).orElse(CAUTIONS_STEP)));
        }
        DecisionEvaluator.Evaluation e = evaluator.evaluate(d);
        return ok(Templates.result(resultPage(d, e, flash(done), null), matrixView(d, e, Map.of(), Map.of())));
    }

    /** Saves the weights; an htmx request gets the matrix fragment back, a plain form post a redirect. */
    @POST
    @Path("/{id}/weights")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response weights(@RestPath long id, MultivaluedMap<String, String> form,
                            @RestHeader("HX-Request") String htmx) {
        Decision d = owned(id);
        boolean fragment = "true".equals(htmx);
        if (!weightsEditable(d)) {
            return Response.status(409).entity(Templates.result(resultPage(d, evaluator.evaluate(d), null,
                    "An accepted, rejected or superseded decision keeps its weights: revise it to change them."),
                    matrixView(d, evaluator.evaluate(d), Map.of(), Map.of()))).build();
        }
        if (form.containsKey("reset")) {
            service.saveWeights(d, null);
        } else {
            Map<String, String> entered = new LinkedHashMap<>();
            Map<String, String> errors = new LinkedHashMap<>();
            Map<String, Integer> weights = evaluator.weights(d);
            for (MatrixDefinition.Criterion c : evaluator.matrix().definition().criteria()) {
                String raw = form.getFirst("w-" + c.key());
                if (raw == null) {
                    continue;
                }
                entered.put(c.key(), raw);
                try {
                    int w = Integer.parseInt(raw.strip());
                    if (w < 0 || w > 5) {
                        errors.put(c.key(), "Use a whole number from 0 to 5.");
                    } else {
                        weights.put(c.key(), w);
                    }
                } catch (NumberFormatException ex) {
                    errors.put(c.key(), "Use a whole number from 0 to 5.");
                }
            }
            if (!errors.isEmpty()) {
                DecisionEvaluator.Evaluation e = evaluator.evaluate(d);
                ResultPage page = resultPage(d, e, null, null);
                MatrixView matrix = matrixView(d, e, entered, errors);
                // htmx swaps only 2xx answers: the fragment with its messages comes back as 200.
                return fragment ? ok(Templates.result$matrix(page, matrix))
                        : badRequest(Templates.result(page, matrix));
            }
            service.saveWeights(d, weights);
        }
        if (fragment) {
            DecisionEvaluator.Evaluation e = evaluator.evaluate(d);
            return ok(Templates.result$matrix(resultPage(d, e, null, null), matrixView(d, e, Map.of(), Map.of())));
        }
        return seeOther("/decisions/" + id + "?done=weights#matrix");
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response status(@RestPath long id, @RestForm String status, @RestForm String supersededBy) {
        Decision d = owned(id);
        DecisionStatus to;
        try {
            to = DecisionStatus.valueOf(nz(status));
        } catch (IllegalArgumentException e) {
            to = DecisionStatus.DRAFT;
        }
        Long by = null;
        try {
            by = supersededBy == null || supersededBy.isBlank() ? null : Long.valueOf(supersededBy);
        } catch (NumberFormatException ignored) {
            // reported below as "choose another decision"
        }
        Optional<DecisionService.Refusal> refusal = service.changeStatus(d, to, by);
        if (refusal.isPresent()) {
            DecisionEvaluator.Evaluation e = evaluator.evaluate(d);
            return badRequest(Templates.result(resultPage(d, e, null, refusal.get().message()),
                    matrixView(d, e, Map.of(), Map.of())));
        }
        return seeOther("/decisions/" + id + "?done=" + to.name().toLowerCase(Locale.ROOT));
    }

    @POST
    @Path("/{id}/revise")
    @Transactional
    public Response revise(@RestPath long id) {
        Decision d = owned(id);
        if (d.status == DecisionStatus.SUPERSEDED) {
            DecisionEvaluator.Evaluation e = evaluator.evaluate(d);
            return Response.status(409).entity(Templates.result(resultPage(d, e, null,
                    "A superseded decision is history: start a new decision instead."), matrixView(d, e, Map.of(), Map.of()))).build();
        }
        service.revise(d);
        return seeOther("/decisions/" + id + "/about");
    }

    // ---- exports ------------------------------------------------------------------------------

    @GET
    @Path("/{id}/adr.md")
    @Produces({"text/markdown", MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    public Response adrMarkdown(@RestPath long id) {
        Decision d = Decision.findForOwner(id, currentUser.id()).orElse(null);
        if (d == null) {
            return exportNotFound(id);
        }
        AdrWriter.Adr adr = adr(d);
        return Response.ok(adr.markdown(), "text/markdown; charset=utf-8")
                .header("Content-Disposition", Download.attachment(fileName(d) + ".md")).build();
    }

    @GET
    @Path("/{id}/adr.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response adrPdf(@RestPath long id) {
        Decision d = Decision.findForOwner(id, currentUser.id()).orElse(null);
        if (d == null) {
            return exportNotFound(id);
        }
        AdrWriter.Adr adr = adr(d);
        String xhtml = Templates.adrPdf(adr.title(), adr.frontMatter(), html(adr.body())).render();
        return Response.ok(pdf.render(xhtml), "application/pdf")
                .header("Content-Disposition", Download.attachment(fileName(d) + ".pdf")).build();
    }

    @GET
    @Path("/{id}/print")
    public TemplateInstance print(@RestPath long id) {
        Decision d = owned(id);
        DecisionEvaluator.Evaluation e = evaluator.evaluate(d);
        return Templates.print(resultPage(d, e, null, null), html(adr(d).body()));
    }

    // ---- helpers ------------------------------------------------------------------------------

    /**
     * A plain-text 404 for the export endpoints: the HTML error page needs a CSRF token that the
     * CSRF filter only creates for HTML endpoints.
     */
    private static Response exportNotFound(long id) {
        return Response.status(404).type(MediaType.TEXT_PLAIN_TYPE).entity("Decision " + id + " does not exist.\n").build();
    }

    private AdrWriter.Adr adr(Decision d) {
        DecisionEvaluator.Evaluation e = evaluator.evaluate(d);
        Decision by = d.supersededById == null ? null : Decision.<Decision>findById(d.supersededById);
        return AdrWriter.write(new AdrWriter.Input(d, e, evaluator.framework(), deciders(d),
                confirmation.confirmationMarkdown(d.id).orElse(null), pilotUrl(d), by));
    }

    private String pilotUrl(Decision d) {
        String base = config.publicUrl().endsWith("/") ? config.publicUrl().substring(0, config.publicUrl().length() - 1)
                : config.publicUrl();
        return base + "/pilots/new?decision=" + d.id;
    }

    /** Markdown to HTML for the print view and the PDF; raw HTML in user text is escaped. */
    static String html(String markdown) {
        return Markdown.userHtml(markdown);
    }

    private ResultPage resultPage(Decision d, DecisionEvaluator.Evaluation e, String flash, String error) {
        Framework f = evaluator.framework();
        MatrixDefinition m = evaluator.matrix().definition();
        List<Alternative> alternatives = new ArrayList<>();
        for (Framework.Caution c : f.cautions()) {
            if (Boolean.TRUE.equals(e.answers().get(c.key()))) {
                alternatives.add(new Alternative(m.languageName(c.alternative()), c.title(), c.text()));
            }
        }
        List<Answer> answers = new ArrayList<>();
        for (Framework.Question q : f.questions()) {
            answers.add(new Answer(q.title(), answerLabel(e.answers().get(q.key())), d.note(q.key())));
        }
        for (Framework.Caution c : f.cautions()) {
            answers.add(new Answer("Caution: " + c.title(), answerLabel(e.answers().get(c.key())), null));
        }
        List<Choice> choices = service.successorChoices(d).stream().map(o -> new Choice(o.id, o.title)).toList();
        Choice by = d.supersededById == null ? null
                : Decision.findForOwner(d.supersededById, d.owner.id).map(o -> new Choice(o.id, o.title)).orElse(null);
        List<Choice> supersedes = Decision.supersededBy(d.id).stream().map(o -> new Choice(o.id, o.title)).toList();
        List<HistoryRow> history = service.history(d).stream().map(s -> new HistoryRow(s.revision(), s.title(),
                statusLabel(s.status()), AdrWriter.verdictLabel(s.verdict()),
                s.ranking().isEmpty() ? "" : m.languageName(s.ranking().get(0)),
                s.updatedAt() == null ? "" : DAY.format(s.updatedAt()), answersSummary(s.answers()))).toList();
        return new ResultPage(d.id, d.title, d.description, d.teamContext, statusLabel(d.status), statusClass(d.status),
                d.revision, DAY.format(d.updatedAt), deciders(d), AdrWriter.verdictLabel(e.verdict()),
                verdictClass(e.verdict()), e.answers().yesCount(), e.reasons(), alternatives, f.pitfalls(), answers,
                d.status == DecisionStatus.PROPOSED,
                d.status == DecisionStatus.ACCEPTED || d.status == DecisionStatus.REJECTED,
                d.status == DecisionStatus.SUPERSEDED, choices, by, supersedes, history, weightChanges(d, m), flash, error);
    }

    private List<WeightChangeRow> weightChanges(Decision d, MatrixDefinition m) {
        return service.weightChanges(d).stream().map(c -> new WeightChangeRow(c.revision(), DAY.format(c.changedAt()),
                String.join(", ", c.steps().entrySet().stream().map(step -> m.criteria().stream()
                        .filter(x -> x.key().equals(step.getKey())).map(MatrixDefinition.Criterion::label).findFirst()
                        .orElse(step.getKey()) + " " + step.getValue().from() + " → " + step.getValue().to()).toList())))
                .toList();
    }

    private MatrixView matrixView(Decision d, DecisionEvaluator.Evaluation e, Map<String, String> entered,
                                  Map<String, String> errors) {
        MatrixDefinition m = e.matrix().definition();
        List<String> flips = new ArrayList<>();
        for (FlipFinder.Flip flip : e.matrix().flips()) {
            flips.add(AdrWriter.describe(flip, m, e.matrix().first()));
        }
        if (!e.matrix().flips().isEmpty()) {
            // Say so for a language no weights can put first, so "each other language" below stays true.
            for (String language : m.languageKeys()) {
                if (!language.equals(e.matrix().first())
                        && e.matrix().flips().stream().noneMatch(flip -> flip.language().equals(language))) {
                    flips.add("No weights from 0 to 5 put " + m.languageName(language) + " strictly first");
                }
            }
        }
        return MatrixView.of(e.matrix(), flips, e.customWeights(), weightsEditable(d), entered, errors);
    }

    private static boolean weightsEditable(Decision d) {
        return d.status == DecisionStatus.PROPOSED || d.status == DecisionStatus.DRAFT;
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

    private Decision owned(long id) {
        // Someone else's decision is "not found", never "forbidden".
        return Decision.findForOwner(id, currentUser.id()).orElseThrow(NotFoundException::new);
    }

    private Framework.Question questionOrThrow(int n) {
        List<Framework.Question> questions = evaluator.framework().questions();
        if (n < 1 || n > questions.size()) {
            throw new NotFoundException();
        }
        return questions.get(n - 1);
    }

    private static Map<String, String> validate(AboutForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.title().isEmpty()) {
            errors.put("title", "Give the decision a title, e.g. the service it is about.");
        } else if (form.title().length() > DecisionRequest.MAX_TITLE) {
            errors.put("title", "Keep the title under " + DecisionRequest.MAX_TITLE + " characters.");
        }
        if (form.description().length() > DecisionRequest.MAX_TEXT) {
            errors.put("description", "Keep the description under " + DecisionRequest.MAX_TEXT + " characters.");
        }
        if (form.teamContext().length() > DecisionRequest.MAX_TEXT) {
            errors.put("teamContext", "Keep the team context under " + DecisionRequest.MAX_TEXT + " characters.");
        }
        return errors;
    }

    private String deciders(Decision d) {
        return d.owner.displayName;
    }

    private static String flash(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "weights" -> "Weights saved; the scores and ranking below use them.";
            case "accepted" -> "Decision accepted.";
            case "rejected" -> "Decision rejected.";
            case "superseded" -> "Decision marked as superseded.";
            default -> null;
        };
    }

    private static String answersSummary(Map<String, Boolean> answers) {
        List<String> yes = answers.entrySet().stream().filter(en -> Boolean.TRUE.equals(en.getValue())).map(Map.Entry::getKey).toList();
        return yes.isEmpty() ? "no \"yes\" answers" : "yes: " + String.join(", ", yes);
    }

    static String verdictClass(Verdict v) {
        return switch (v) {
            case GO_TOP_CONTENDER -> "ok";
            case GO_WITH_CAVEATS -> "warn";
            case GO_NOT_INDICATED -> "bad";
        };
    }

    static String statusLabel(DecisionStatus s) {
        return switch (s) {
            case DRAFT -> "Draft";
            case PROPOSED -> "Proposed";
            case ACCEPTED -> "Accepted";
            case REJECTED -> "Rejected";
            case SUPERSEDED -> "Superseded";
        };
    }

    static String statusClass(DecisionStatus s) {
        return switch (s) {
            case ACCEPTED -> "ok";
            case REJECTED -> "bad";
            case DRAFT, PROPOSED -> "warn";
            case SUPERSEDED -> "";
        };
    }

    private static String answerLabel(Boolean answer) {
        return answer == null ? "Not answered" : answer ? "Yes" : "No";
    }

    private static String yesNo(Boolean answer) {
        return answer == null ? null : answer ? "yes" : "no";
    }

    private static Boolean parseYesNo(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    private static String fileName(Decision d) {
        String slug = d.title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "adr-" + d.id + (slug.isEmpty() ? "" : "-" + (slug.length() > 60 ? slug.substring(0, 60) : slug));
    }

    private static Response ok(TemplateInstance page) {
        return Response.ok(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static Response badRequest(TemplateInstance page) {
        return Response.status(400).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
