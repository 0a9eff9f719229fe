package dev.gofit.decision;

import dev.gofit.matrix.Matrix;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Works out what a decision says: verdict, reasons tied to the answers, alternatives, the
 * effective weights (stored ones over the defaults the answers give) and the matrix evaluation.
 */
@ApplicationScoped
public class DecisionEvaluator {

    private final DecisionContent content;
    private final Matrix matrix;

    public DecisionEvaluator(DecisionContent content, Matrix matrix) {
        this.content = content;
        this.matrix = matrix;
    }

    /** The outcome of a decision, ready for a page, the API or the ADR. */
    public record Evaluation(Answers answers, Verdict verdict, List<String> reasons, List<String> alternatives,
                             Matrix.Evaluation matrix, boolean customWeights) {
    }

    public Evaluation evaluate(Decision decision) {
        return evaluate(decision, weights(decision));
    }

    /** Evaluates with the given weights (e.g. a what-if before saving). */
    public Evaluation evaluate(Decision decision, Map<String, Integer> weights) {
        Answers answers = decision.answers();
        Verdict verdict = VerdictRules.verdict(answers);
        return new Evaluation(answers, verdict, reasons(decision, answers, verdict), VerdictRules.alternatives(answers),
                matrix.evaluate(weights), decision.weights != null);
    }

    /** The reasons for the verdict, each tied to one of the user's answers (and its evidence note). */
    public List<String> reasons(Decision decision, Answers answers, Verdict verdict) {
        Framework framework = content.framework();
        List<String> reasons = new ArrayList<>();
        int yes = answers.yesCount();
        reasons.add(switch (verdict) {
            case GO_TOP_CONTENDER -> yes + " of 4 Go-fit questions are \"yes\" and no caution applies: Go is a top contender.";
            case GO_WITH_CAVEATS -> yes + " of 4 Go-fit questions are \"yes\", but a caution applies: Go fits with caveats.";
            case GO_NOT_INDICATED -> "Only " + yes + " of 4 Go-fit questions " + (yes == 1 ? "is" : "are")
                    + " \"yes\" (two are needed): Go is not indicated by the framework.";
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

    /** The weights in effect: the stored ones for known criteria, the answers' defaults for the rest. */
    public Map<String, Integer> weights(Decision decision) {
        Map<String, Integer> weights = defaultWeights(decision);
        if (decision.weights != null) {
            decision.weights.forEach((key, value) -> {
                if (weights.containsKey(key) && value != null) {
                    weights.put(key, Math.max(0, Math.min(5, value)));
                }
            });
        }
        return weights;
    }

    public Map<String, Integer> defaultWeights(Decision decision) {
        return matrix.defaultWeights(decision.answers().yesKeys());
    }

    public Framework framework() {
        return content.framework();
    }

    public Matrix matrix() {
        return matrix;
    }
}
