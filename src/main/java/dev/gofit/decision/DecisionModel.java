package dev.gofit.decision;

import dev.gofit.matrix.FlipFinder;
import dev.gofit.matrix.Matrix;
import dev.gofit.matrix.MatrixDefinition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verdict and the matrix as one model, plain Java: the decision's matrix (its options, its team's
 * familiarity ratings), the weights derived from the answers (a lone "yes" counts half, as the verdict
 * needs two), the team context's moves, and the deciders' own weights. Without context and own weights
 * the top of the matrix agrees with the verdict: when the content's weights alone would not (some option
 * sets), the fewest weight steps that make it agree are taken and listed. Otherwise a divergence is
 * named in one sentence, with the criteria that carry it.
 */
public final class DecisionModel {

    private DecisionModel() {
    }

    /** What the model says for one decision. {@code agreement} lists the steps taken to agree with the verdict. */
    public record Outcome(MatrixDefinition matrix, Map<String, Integer> weights, List<FlipFinder.Change> agreement,
                          Matrix.Evaluation evaluation, String divergence) {
    }

    public static Outcome evaluate(MatrixDefinition content, Answers answers, List<String> options, TeamContext context,
                                   Map<String, Integer> ownWeights) {
        MatrixDefinition matrix = content.forLanguages(options);
        if (context != null) {
            matrix = context.rate(matrix, options);
        }
        Verdict verdict = VerdictRules.verdict(answers);
        List<String> alternatives = VerdictRules.alternatives(answers);
        Map<String, Integer> weights = derivedWeights(matrix, answers);
        List<FlipFinder.Change> agreement = List.of();
        if (context != null) {
            weights = context.apply(weights);
        } else {
            Set<String> leaders = leaders(verdict, alternatives, options);
            Map<String, Integer> from = weights;
            if (!agrees(verdict, alternatives, Matrix.evaluate(matrix, weights).first())) {
                Map<String, Integer> agreeing = FlipFinder.nearestLedBy(matrix, weights, leaders).orElse(weights);
                agreement = changes(from, agreeing);
                weights = agreeing;
            }
        }
        if (ownWeights != null) {
            Map<String, Integer> merged = new LinkedHashMap<>(weights);
            ownWeights.forEach((key, value) -> {
                if (merged.containsKey(key) && value != null) {
                    merged.put(key, Math.max(0, Math.min(5, value)));
                }
            });
            weights = merged;
        }
        Matrix.Evaluation evaluation = Matrix.evaluate(matrix, weights);
        return new Outcome(matrix, weights, agreement, evaluation, divergence(matrix, evaluation, verdict, alternatives));
    }

    /** The content's weight rules applied to the answers; a question that is the only "yes" counts half. */
    static Map<String, Integer> derivedWeights(MatrixDefinition matrix, Answers answers) {
        Set<String> yes = answers.yesKeys();
        Set<String> halved = new LinkedHashSet<>();
        if (answers.yesCount() == 1) {
            Answers.QUESTION_KEYS.stream().filter(yes::contains).forEach(halved::add);
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        matrix.criteria().forEach(c -> weights.put(c.key(), c.weight().weightFor(yes, halved)));
        return weights;
    }

    /** The options the verdict allows first: Go; Go or a named alternative; anything but Go. */
    static Set<String> leaders(Verdict verdict, List<String> alternatives, List<String> options) {
        Set<String> leaders = new LinkedHashSet<>();
        switch (verdict) {
            case GO_TOP_CONTENDER -> leaders.add("go");
            case GO_WITH_CAVEATS -> {
                leaders.add("go");
                alternatives.stream().filter(options::contains).forEach(leaders::add);
            }
            case GO_NOT_INDICATED -> options.stream().filter(o -> !o.equals("go")).forEach(leaders::add);
        }
        return leaders;
    }

    /** The agreement rule of the API: the first of the ranking is what the verdict allows first. */
    public static boolean agrees(Verdict verdict, List<String> alternatives, String first) {
        return switch (verdict) {
            case GO_TOP_CONTENDER -> first.equals("go");
            case GO_WITH_CAVEATS -> first.equals("go") || alternatives.contains(first);
            case GO_NOT_INDICATED -> !first.equals("go");
        };
    }

    /** One sentence when the ranking departs from the verdict, naming the criteria that carry the difference; else null. */
    static String divergence(MatrixDefinition m, Matrix.Evaluation e, Verdict verdict, List<String> alternatives) {
        String first = e.first();
        if (agrees(verdict, alternatives, first)) {
            return null;
        }
        List<String> ranking = e.scores().ranking();
        String expected = first.equals("go") ? ranking.stream().filter(l -> !l.equals("go")).findFirst().orElse("go") : "go";
        List<MatrixDefinition.Criterion> carrying = new ArrayList<>(m.criteria().stream()
                .filter(c -> e.weight(c.key()) * (c.score(first) - c.score(expected)) > 0).toList());
        carrying.sort(Comparator.comparingInt((MatrixDefinition.Criterion c) -> -e.weight(c.key()) * (c.score(first) - c.score(expected))));
        List<String> names = carrying.stream().limit(3).map(MatrixDefinition.Criterion::label).toList();
        String carry = names.isEmpty() ? "no criterion alone; they tie"
                : join(names) + (names.size() == 1 ? " carries" : " carry") + " the difference";
        String scores = " (" + m.languageName(first) + " " + AdrWriter.format(e.scores().scores().get(first)) + ", "
                + m.languageName(expected) + " " + AdrWriter.format(e.scores().scores().get(expected)) + ")";
        String why = first.equals("go")
                ? "Go ranks first in the matrix although the verdict is “" + verdict.label() + "”"
                : m.languageName(first) + " ranks first in the matrix although the verdict is “" + verdict.label() + "”";
        return why + ": " + carry + scores + ".";
    }

    private static List<FlipFinder.Change> changes(Map<String, Integer> from, Map<String, Integer> to) {
        List<FlipFinder.Change> changes = new ArrayList<>();
        from.forEach((key, value) -> {
            int after = to.getOrDefault(key, value);
            if (after != value) {
                changes.add(new FlipFinder.Change(key, value, after));
            }
        });
        return changes;
    }

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
