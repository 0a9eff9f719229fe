package dev.gofit.decision;

import dev.gofit.matrix.FlipFinder;
import dev.gofit.matrix.MatrixDefinition;
import dev.gofit.matrix.MatrixView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result page of a decision as a view model (verdict, matrix, lifecycle, history), built once for
 * every resource that shows it: the result and weights journey, the lifecycle forms and the print view.
 */
@ApplicationScoped
public class DecisionResultView {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @CheckedTemplate(basePath = "DecisionResult")
    static class Templates {
        static native TemplateInstance result(ResultPage page, MatrixView matrix, Shared shared);

        static native TemplateInstance result$matrix(ResultPage page, MatrixView matrix, Shared shared);
    }

    /** Everything the result page shows apart from the matrix. */
    public record ResultPage(long id, String title, String description, String teamContext, DecisionStatus status,
                             int revision, String updated, String deciders, Verdict verdict, int yesCount,
                             List<String> reasons, List<Alternative> alternatives, List<Framework.Pitfall> pitfalls,
                             List<Answer> answers, List<Choice> supersedeChoices, Choice supersededBy,
                             List<Choice> supersedes, List<HistoryRow> history, List<WeightChangeRow> weightChanges,
                             String divergence, String agreement, List<OptionChoice> optionChoices, String firstKey,
                             String chosen, String rationale, List<String> contextLines, String flash, String error) {

        /** The options compared, as the accept form offers them. */
        public List<OptionChoice> compared() {
            return optionChoices.stream().filter(OptionChoice::selected).toList();
        }

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

        public boolean proposed() {
            return status == DecisionStatus.PROPOSED;
        }

        public boolean decided() {
            return status.decided();
        }

        public boolean superseded() {
            return status == DecisionStatus.SUPERSEDED;
        }
    }

    /**
     * What the page shows beyond one decision's content: whether the viewer may edit it, and whether today's
     * matrix content differs from what this revision was evaluated with (fingerprints then and now).
     */
    public record Shared(boolean canEdit, boolean owner, boolean contentChanged, String contentVersion,
                         String currentContentVersion, boolean canComment, DecisionLog.People people,
                         List<StaffChoice> staff, List<DecisionTeam.RevisionComments> comments, String commentDraft) {

        public boolean hasPeople() {
            return !people.decisionMakers().isEmpty() || !people.consulted().isEmpty() || !people.informed().isEmpty();
        }

        /** Staff who may be decision-makers (leaders, admins). */
        public List<StaffChoice> deciding() {
            return staff.stream().filter(StaffChoice::mayDecide).toList();
        }
    }

    /** A staff member in the people form, with the roles ticked for this decision. */
    public record StaffChoice(long id, String name, String email, boolean mayDecide, boolean decisionMaker,
                              boolean consulted, boolean informed) {
    }

    public record Alternative(String language, String title, String text) {
    }

    /** A language of the content: whether the decision compares it (go always does). */
    public record OptionChoice(String key, String name, boolean selected) {
        public boolean locked() {
            return key.equals("go");
        }
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

    private final DecisionEvaluator evaluator;
    private final DecisionService service;
    private final dev.gofit.account.CurrentUser currentUser;
    private final DecisionLog log;
    private final DecisionTeam team;

    public DecisionResultView(DecisionEvaluator evaluator, DecisionService service, dev.gofit.account.CurrentUser currentUser,
                              DecisionLog log, DecisionTeam team) {
        this.evaluator = evaluator;
        this.service = service;
        this.currentUser = currentUser;
        this.log = log;
        this.team = team;
    }

    /** The whole result page, with a flash after a change or an error that kept it from happening. */
    public TemplateInstance page(Decision d, String flash, String error) {
        return page(d, flash, error, null);
    }

    /** As {@link #page(Decision, String, String)}, keeping a comment the user typed when it was refused. */
    public TemplateInstance page(Decision d, String flash, String error, String commentDraft) {
        DecisionEvaluator.Evaluation e = evaluator.evaluate(d);
        return Templates.result(resultPage(d, e, flash, error), matrixView(d, e, Map.of(), Map.of()), shared(d, commentDraft));
    }

    /** The page (or, for htmx, only the matrix) with the weights as typed and what is wrong with them. */
    public TemplateInstance matrix(Decision d, boolean fragment, Map<String, String> entered, Map<String, String> errors) {
        DecisionEvaluator.Evaluation e = evaluator.evaluate(d);
        ResultPage page = resultPage(d, e, null, null);
        MatrixView matrix = matrixView(d, e, entered, errors);
        return fragment ? Templates.result$matrix(page, matrix, shared(d, null))
                : Templates.result(page, matrix, shared(d, null));
    }

    Shared shared(Decision d, String commentDraft) {
        Long me = currentUser.id();
        boolean canEdit = DecisionAccess.canEdit(d, me);
        List<StaffChoice> staff = !canEdit ? List.of() : DecisionLog.staff().stream().filter(u -> !u.id.equals(d.owner.id))
                .map(u -> new StaffChoice(u.id, u.displayName, u.email, DecisionLog.mayDecide(u),
                        d.decisionMakerIds().contains(u.id), d.consultedIds().contains(u.id), d.informedIds().contains(u.id)))
                .toList();
        return new Shared(canEdit, d.owner.id.equals(me), evaluator.contentChanged(d), d.contentVersion,
                evaluator.contentVersion(), DecisionAccess.canComment(d, me), log.peopleOf(d), staff, team.byRevision(d),
                commentDraft == null ? "" : commentDraft);
    }

    ResultPage resultPage(Decision d, DecisionEvaluator.Evaluation e, String flash, String error) {
        Framework f = evaluator.framework();
        MatrixDefinition m = evaluator.contentOf(d);
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
                s.status().label(), s.verdict().label(),
                s.ranking().isEmpty() ? "" : m.languageName(s.ranking().get(0)),
                s.updatedAt() == null ? "" : DAY.format(s.updatedAt()), answersSummary(s.answers(), f))).toList();
        MatrixDefinition content = evaluator.contentOf(d);
        List<OptionChoice> options = content.languageKeys().stream()
                .map(l -> new OptionChoice(l, content.languageName(l), e.options().contains(l))).toList();
        String agreement = e.agreement().isEmpty() ? null : "To agree with the verdict for these options, the weights "
                + "derived from your answers moved: " + String.join(", ", e.agreement().stream()
                .map(c -> label(m, c.criterion()) + " " + c.from() + " → " + c.to()).toList()) + ".";
        return new ResultPage(d.id, d.title, d.description, d.teamContext, d.status, d.revision, DAY.format(d.updatedAt),
                d.owner.displayName, e.verdict(), e.answers().yesCount(), e.reasons(), alternatives, f.pitfalls(), answers,
                choices, by, supersedes, history, weightChanges(d, m), e.divergence(), agreement, options,
                e.matrix().first(), d.chosenOption == null ? null : content.languageName(d.chosenOption), d.rationale,
                contextLines(d.teamContextOrNull(), content), flash, error);
    }

    private static String label(MatrixDefinition m, String criterion) {
        return m.criteria().stream().filter(x -> x.key().equals(criterion)).findFirst()
                .map(MatrixDefinition.Criterion::label).orElse(criterion);
    }

    private static List<String> contextLines(TeamContext c, MatrixDefinition m) {
        List<String> lines = new ArrayList<>();
        if (c == null) {
            return lines;
        }
        c.familiarity().forEach((language, level) -> lines.add(m.languageName(language) + ": " + level.label().toLowerCase(Locale.ROOT)));
        if (c.cpuBound() != null) {
            lines.add(c.cpuBound() ? "The work is CPU-bound" : "The work is not CPU-bound");
        }
        if (c.timeline() != null) {
            lines.add("Timeline: " + c.timeline().label().toLowerCase(Locale.ROOT));
        }
        if (c.hiring() != null) {
            lines.add("Hiring: " + c.hiring().label().toLowerCase(Locale.ROOT));
        }
        return lines;
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
        return MatrixView.of(e.matrix(), flips, e.customWeights(), d.status.open() && DecisionAccess.canEdit(d, currentUser.id()),
                entered, errors);
    }

    /** The "yes" answers of a past revision by their titles ("Simple deployment"), never their keys. */
    static String answersSummary(Map<String, Boolean> answers, Framework f) {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        f.questions().forEach(q -> titles.put(q.key(), q.title()));
        f.cautions().forEach(c -> titles.put(c.key(), "Caution: " + c.title()));
        List<String> yes = titles.entrySet().stream().filter(t -> Boolean.TRUE.equals(answers.get(t.getKey())))
                .map(Map.Entry::getValue).toList();
        return yes.isEmpty() ? "no \"yes\" answers" : "yes: " + String.join(", ", yes);
    }

    private static String answerLabel(Boolean answer) {
        return answer == null ? "Not answered" : answer ? "Yes" : "No";
    }
}
