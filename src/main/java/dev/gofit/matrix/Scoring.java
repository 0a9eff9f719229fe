package dev.gofit.matrix;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted scoring of the matrix, plain Java: a language's score is the weighted average of its
 * 1-5 ratings (0 when every weight is 0). The ranking sorts by score; a tie keeps the order of the
 * languages in the content, and only a strictly higher score makes a language "first".
 */
public final class Scoring {

    private Scoring() {
    }

    /** The totals for one set of weights; {@code sums} are the exact weighted sums that decide the ranking. */
    public record Scores(Map<String, Double> scores, Map<String, Integer> sums, List<String> ranking) {

        /** The language strictly ahead of all others, or null when the top is a tie. */
        public String strictLeader() {
            if (ranking.size() < 2) {
                return ranking.isEmpty() ? null : ranking.get(0);
            }
            return sums.get(ranking.get(0)) > sums.get(ranking.get(1)) ? ranking.get(0) : null;
        }
    }

    /** Scores every language; a criterion missing from {@code weights} weighs 0. */
    public static Scores score(MatrixDefinition matrix, Map<String, Integer> weights) {
        int totalWeight = 0;
        for (MatrixDefinition.Criterion c : matrix.criteria()) {
            totalWeight += weights.getOrDefault(c.key(), 0);
        }
        Map<String, Integer> sums = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String language : matrix.languageKeys()) {
            int sum = 0;
            for (MatrixDefinition.Criterion c : matrix.criteria()) {
                sum += weights.getOrDefault(c.key(), 0) * c.score(language);
            }
            sums.put(language, sum);
            scores.put(language, totalWeight == 0 ? 0.0 : round2((double) sum / totalWeight));
        }
        List<String> ranking = new ArrayList<>(matrix.languageKeys());
        // List.sort is stable: equal sums keep the content order.
        ranking.sort(Comparator.comparing((String l) -> sums.get(l)).reversed());
        return new Scores(scores, sums, List.copyOf(ranking));
    }

    static double round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
