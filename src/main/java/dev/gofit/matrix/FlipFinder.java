package dev.gofit.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "What would flip the ranking", plain Java: for every language that is not first, the smallest
 * change of the weights (each stays 0-5) that puts it strictly first. Changes of one weight are
 * tried first, then of two; the size of a change is the sum of the absolute weight steps. Ties
 * between equally small changes go to the criterion listed first in the content.
 */
public final class FlipFinder {

    /** The largest number of weights changed at once that the search considers. */
    public static final int MAX_CHANGED_WEIGHTS = 2;

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
     * For every language other than the current first, its smallest flip, smallest first.
     * A language no change of up to two weights can put first is left out.
     */
    public static List<Flip> find(MatrixDefinition matrix, Map<String, Integer> weights) {
        Scoring.Scores now = Scoring.score(matrix, weights);
        String first = now.ranking().get(0);
        List<String> keys = matrix.criterionKeys();
        Map<String, Flip> best = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (int a = 0; a <= 5; a++) {
                if (a == weight(weights, keys.get(i))) {
                    continue;
                }
                List<Change> single = List.of(change(weights, keys.get(i), a));
                consider(matrix, weights, single, first, best);
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                for (int a = 0; a <= 5; a++) {
                    if (a == weight(weights, keys.get(i))) {
                        continue;
                    }
                    for (int b = 0; b <= 5; b++) {
                        if (b == weight(weights, keys.get(j))) {
                            continue;
                        }
                        consider(matrix, weights, List.of(change(weights, keys.get(i), a), change(weights, keys.get(j), b)),
                                first, best);
                    }
                }
            }
        }
        List<Flip> flips = new ArrayList<>();
        for (String language : matrix.languageKeys()) {
            if (best.containsKey(language)) {
                flips.add(best.get(language));
            }
        }
        // Stable sort: equally small flips keep the language order of the content.
        flips.sort((x, y) -> Integer.compare(x.size(), y.size()));
        return flips;
    }

    private static void consider(MatrixDefinition matrix, Map<String, Integer> weights, List<Change> changes,
                                 String first, Map<String, Flip> best) {
        int size = changes.stream().mapToInt(Change::size).sum();
        Map<String, Integer> changed = new HashMap<>(weights);
        for (Change c : changes) {
            changed.put(c.criterion(), c.to());
        }
        Scoring.Scores after = Scoring.score(matrix, changed);
        String leader = after.strictLeader();
        if (leader == null || leader.equals(first)) {
            return;
        }
        Flip known = best.get(leader);
        // Strictly smaller only: the first found (fewer weights, earlier criterion) wins a tie.
        if (known == null || size < known.size()) {
            best.put(leader, new Flip(leader, changes, after.scores()));
        }
    }

    private static Change change(Map<String, Integer> weights, String criterion, int to) {
        return new Change(criterion, weight(weights, criterion), to);
    }

    private static int weight(Map<String, Integer> weights, String criterion) {
        return weights.getOrDefault(criterion, 0);
    }
}
