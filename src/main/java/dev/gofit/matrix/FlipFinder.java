package dev.gofit.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "What would flip the ranking", plain Java: for every language that is not first, the smallest
 * change of the weights (each stays 0-5, any number of them may move) that puts it strictly first.
 * The size of a change is the sum of the absolute weight steps. It uses the ranking's own rule
 * ({@link Scoring}: exact weighted sums, and only a strictly higher sum leads), so a tie at the top
 * is never reported as a flip. The search is exact ({@link FlipSearch}); among equally small changes
 * the one moving fewest weights wins, then the one moving earlier criteria in the content.
 */
public final class FlipFinder {

    private FlipFinder() {
    }

    /** One weight moved from {@code from} to {@code to}. */
    public record Change(String criterion, int from, int to) {
        public int size() {
            return Math.abs(to - from);
        }
    }

    /** The smallest change that puts {@code language} first, and the scores it would then have. */
    public record Flip(String language, List<Change> changes, Map<String, Double> scoresAfter) {
        public int size() {
            return changes.stream().mapToInt(Change::size).sum();
        }
    }

    /**
     * For every language other than the current first, its smallest flip, smallest first. A language
     * that no weights at all can put strictly first is left out, so an empty list means the ranking
     * cannot be flipped by weights.
     */
    public static List<Flip> find(MatrixDefinition matrix, Map<String, Integer> weights) {
        String first = Scoring.score(matrix, weights).ranking().get(0);
        List<String> keys = matrix.criterionKeys();
        int[] current = keys.stream().mapToInt(k -> Math.max(0, Math.min(5, weights.getOrDefault(k, 0)))).toArray();
        List<Flip> flips = new ArrayList<>();
        for (String language : matrix.languageKeys()) {
            if (language.equals(first)) {
                continue;
            }
            int[] target = FlipSearch.closest(matrix, language, current);
            if (target != null) {
                flips.add(flip(matrix, language, keys, current, target));
            }
        }
        // Stable sort: equally small flips keep the language order of the content.
        flips.sort(Comparator.comparingInt(Flip::size));
        return flips;
    }

    /**
     * The weights closest to {@code weights} (fewest steps, exact) under which one of {@code leaders} is
     * strictly first, or empty when it already is or no weights 0-5 put any of them first.
     */
    public static java.util.Optional<Map<String, Integer>> nearestLedBy(MatrixDefinition matrix, Map<String, Integer> weights,
                                                                       java.util.Collection<String> leaders) {
        Scoring.Scores now = Scoring.score(matrix, weights);
        if (now.strictLeader() != null && leaders.contains(now.strictLeader())) {
            return java.util.Optional.empty();
        }
        List<String> keys = matrix.criterionKeys();
        int[] current = keys.stream().mapToInt(k -> Math.max(0, Math.min(5, weights.getOrDefault(k, 0)))).toArray();
        int[] best = null;
        int bestCost = Integer.MAX_VALUE;
        for (String language : matrix.languageKeys()) {
            if (!leaders.contains(language)) {
                continue;
            }
            int[] target = FlipSearch.closest(matrix, language, current);
            int cost = target == null ? Integer.MAX_VALUE : distance(current, target);
            if (cost < bestCost) {
                best = target;
                bestCost = cost;
            }
        }
        if (best == null) {
            return java.util.Optional.empty();
        }
        Map<String, Integer> after = new LinkedHashMap<>();
        for (int c = 0; c < keys.size(); c++) {
            after.put(keys.get(c), best[c]);
        }
        return java.util.Optional.of(after);
    }

    private static int distance(int[] a, int[] b) {
        int d = 0;
        for (int i = 0; i < a.length; i++) {
            d += Math.abs(a[i] - b[i]);
        }
        return d;
    }

    private static Flip flip(MatrixDefinition matrix, String language, List<String> keys, int[] from, int[] to) {
        List<Change> changes = new ArrayList<>();
        Map<String, Integer> after = new LinkedHashMap<>();
        for (int c = 0; c < keys.size(); c++) {
            after.put(keys.get(c), to[c]);
            if (to[c] != from[c]) {
                changes.add(new Change(keys.get(c), from[c], to[c]));
            }
        }
        return new Flip(language, List.copyOf(changes), Scoring.score(matrix, after).scores());
    }
}
