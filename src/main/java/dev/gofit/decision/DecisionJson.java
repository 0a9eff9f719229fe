package dev.gofit.decision;

import dev.gofit.matrix.FlipFinder;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A decision as the JSON API answers it (the README's JSON API section; fields beyond it are additions). */
public record DecisionJson(long id, String title, String description, String teamContext, DecisionStatus status,
                           int revision, Long supersededBy, int yesCount, Verdict verdict, List<String> reasons,
                           List<String> alternatives, Map<String, Boolean> answers, Map<String, Boolean> cautions,
                           Map<String, String> notes, List<String> options, TeamContext context, MatrixJson matrix,
                           String divergence, String chosenOption, String rationale, String contentVersion,
                           boolean contentChanged, DecisionLog.Person owner, boolean canEdit,
                           List<DecisionLog.Person> decisionMakers, List<DecisionLog.Person> consulted,
                           List<DecisionLog.Person> informed, Instant createdAt, Instant updatedAt) {

    /**
     * The weights in effect, the scores (weighted average of 1-5 ratings) and ranking of the decision's options,
     * the flips, and {@code agreement}: the weight steps taken from the content's defaults so the matrix agrees
     * with the verdict (empty for the default options).
     */
    public record MatrixJson(List<CriterionWeight> criteria, Map<String, Double> scores, List<String> ranking,
                             List<FlipFinder.Flip> flips, List<FlipFinder.Change> agreement) {
    }

    public record CriterionWeight(String key, int weight) {
    }

    /**
     * {@code contentVersion} is the fingerprint of the matrix content the revision was evaluated with (null for a
     * first draft, which follows today's); {@code contentChanged} says today's content rates its options differently;
     * {@code canEdit} whether the caller may change it (its owner or a decision-maker).
     */
    public static DecisionJson of(Decision d, DecisionEvaluator.Evaluation e, boolean contentChanged,
                                  DecisionLog.People people, boolean canEdit) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (String key : Answers.QUESTION_KEYS) {
            answers.put(key, e.answers().get(key));
        }
        Map<String, Boolean> cautions = new LinkedHashMap<>();
        for (String key : Answers.CAUTION_KEYS) {
            cautions.put(key, e.answers().get(key));
        }
        List<CriterionWeight> criteria = e.matrix().definition().criteria().stream()
                .map(c -> new CriterionWeight(c.key(), e.matrix().weight(c.key()))).toList();
        MatrixJson matrix = new MatrixJson(criteria, e.matrix().scores().scores(), e.matrix().scores().ranking(),
                e.matrix().flips(), e.agreement());
        return new DecisionJson(d.id, d.title, d.description, d.teamContext, d.status, d.revision, d.supersededById,
                e.answers().yesCount(), e.verdict(), e.reasons(), e.alternatives(), answers, cautions, d.notes(),
                e.options(), d.teamContextOrNull(), matrix, e.divergence(), d.chosenOption, d.rationale, d.contentVersion,
                contentChanged, people.owner(), canEdit, people.decisionMakers(), people.consulted(), people.informed(),
                d.createdAt,
                d.updatedAt);
    }
}
