package dev.gofit.decision;

import dev.gofit.matrix.FlipFinder;
import dev.gofit.matrix.Matrix;
import dev.gofit.matrix.MatrixDefinition;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Works out what a decision says: verdict, reasons tied to the answers, alternatives, and the matrix of its
 * options at the weights in effect ({@link DecisionModel}), with the divergence between the two when there is one.
 */
@ApplicationScoped
public class DecisionEvaluator {

    private final DecisionContent content;
    private final Matrix matrix;
    private final String contentVersion;

    public DecisionEvaluator(DecisionContent content, Matrix matrix) {
        this.content = content;
        this.matrix = matrix;
        this.contentVersion = fingerprint(matrix.definition());
    }

    /** A short fingerprint of matrix content (SHA-256 of its JSON, 12 hex digits): equal content, equal fingerprint. */
    static String fingerprint(MatrixDefinition definition) {
        try {
            byte[] json = DecisionColumns.MAPPER.writeValueAsBytes(definition);
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(json))
                    .substring(0, 12);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the matrix content", e);
        }
    }

    /** The fingerprint of today's matrix content. */
    public String contentVersion() {
        return contentVersion;
    }

    /** Today's matrix content, as a decision is pinned to it. */
    public MatrixDefinition currentContent() {
        return matrix.definition();
    }

    /** The content a decision is evaluated with: what its revision was pinned to, else (a first draft) today's. */
    public MatrixDefinition contentOf(Decision decision) {
        return decision.evaluatedWith != null ? decision.evaluatedWith : matrix.definition();
    }

    /**
     * True when today's content rates the decision's options differently from what it was evaluated with (criteria,
     * ratings, notes or weight rules changed, or an option left the content); a change to other languages is not one.
     */
    public boolean contentChanged(Decision decision) {
        if (decision.evaluatedWith == null) {
            return false;
        }
        List<String> options = decision.optionKeys();
        if (!matrix.definition().languageKeys().containsAll(options)) {
            return true;
        }
        return !decision.evaluatedWith.forLanguages(options).equals(matrix.definition().forLanguages(options));
    }

    /** The outcome of a decision, ready for a page, the API or the ADR. */
    public record Evaluation(Answers answers, Verdict verdict, List<String> reasons, List<String> alternatives,
                             Matrix.Evaluation matrix, boolean customWeights, List<String> options,
                             List<FlipFinder.Change> agreement, String divergence) {
    }

    public Evaluation evaluate(Decision decision) {
        return evaluate(decision, decision.weights);
    }

    /** Evaluates with the given own weights over the derived ones (null: none). */
    public Evaluation evaluate(Decision decision, Map<String, Integer> ownWeights) {
        Answers answers = decision.answers();
        Verdict verdict = VerdictRules.verdict(answers);
        List<String> options = decision.optionKeys();
        DecisionModel.Outcome outcome = DecisionModel.evaluate(contentOf(decision), answers, options,
                decision.teamContextOrNull(), ownWeights);
        return new Evaluation(answers, verdict, reasons(decision, answers, verdict), VerdictRules.alternatives(answers),
                outcome.evaluation(), ownWeights != null, options, outcome.agreement(), outcome.divergence());
    }

    /** The reasons for the verdict, each tied to one of the user's answers (and its evidence note). */
    public List<String> reasons(Decision decision, Answers answers, Verdict verdict) {
        Framework framework = content.framework();
        List<String> reasons = new ArrayList<>();
        int yes = answers.yesCount();
        reasons.add(switch (verdict) {
            case GO_TOP_CONTENDER -> yes + " of 4 Go-fit questions are \"yes\" and no caution applies: Go is a top contender.";
            case GO_WITH_CAVEATS -> yes + " of 4 Go-fit questions are \"yes\", but a caution applies: Go fits, with caveats.";
            case GO_NOT_INDICATED -> (yes == 0 ? "None of the 4 Go-fit questions is \"yes\""
                    : "One of the 4 Go-fit questions is \"yes\"")
                    + ", and the framework needs two: Go is not indicated, so look at the other options first.";
        });
        for (Framework.Question q : framework.questions()) {
            Boolean answer = answers.get(q.key());
            if (answer == null) {
                reasons.add(q.title() + ": not answered yet.");
                continue;
            }
            String note = decision.note(q.key());
            reasons.add((answer ? q.reasonYes() : q.reasonNo()) + (note != null ? " Your evidence: " + note : ""));
        }
        for (Framework.Caution c : framework.cautions()) {
            if (Boolean.TRUE.equals(answers.get(c.key()))) {
                reasons.add(c.reason());
            }
        }
        return reasons;
    }

    /** The weights in effect. */
    public Map<String, Integer> weights(Decision decision) {
        return new java.util.LinkedHashMap<>(evaluate(decision).matrix().weights());
    }

    /** The weights the answers, options and team context give, before the deciders' own. */
    public Map<String, Integer> defaultWeights(Decision decision) {
        return new java.util.LinkedHashMap<>(evaluate(decision, null).matrix().weights());
    }

    public Framework framework() {
        return content.framework();
    }

    public Matrix matrix() {
        return matrix;
    }
}
