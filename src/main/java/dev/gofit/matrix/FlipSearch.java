package dev.gofit.matrix;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact search behind {@link FlipFinder}, plain Java on int sums: the weight vector (each weight
 * 0-5) closest to the current one in weight steps (L1 distance) under which one language's weighted
 * sum is strictly above every other language's. Depth-first over the criteria in content order with
 * branch and bound: a branch is cut when it already costs more than the best flip found, or when even
 * the best use of the steps it has left cannot lift the language above some rival.
 */
final class FlipSearch {

    /** Ratings are 1-5, so one weight step moves a margin by at most 4. */
    private static final int MAX_STEP_VALUE = 4;
    private static final int UNBOUNDED = Integer.MAX_VALUE / 4;

    private final int n;
    private final int rivals;
    private final int[] current;
    /** diff[j][c]: the language's rating minus rival j's rating on criterion c. */
    private final int[][] diff;
    /** suffixMargin[j][i]: the margin over rival j that criteria i.. give at their current weights. */
    private final int[][] suffixMargin;
    /** steps[j][i][v]: how many single weight steps on criteria i.. would each raise the margin over rival j by v. */
    private final int[][][] steps;
    /** order[c]: the weights to try for criterion c, nearest to the current one first. */
    private final int[][] order;

    private final int[] chosen;
    private int[] best;
    private int bestCost = UNBOUNDED;
    private int bestChanged;

    private FlipSearch(MatrixDefinition matrix, String language, int[] current) {
        List<MatrixDefinition.Criterion> criteria = matrix.criteria();
        List<String> others = matrix.languageKeys().stream().filter(l -> !l.equals(language)).toList();
        this.n = criteria.size();
        this.rivals = others.size();
        this.current = current;
        this.diff = new int[rivals][n];
        for (int j = 0; j < rivals; j++) {
            for (int c = 0; c < n; c++) {
                diff[j][c] = criteria.get(c).score(language) - criteria.get(c).score(others.get(j));
            }
        }
        this.suffixMargin = new int[rivals][n + 1];
        this.steps = new int[rivals][n + 1][MAX_STEP_VALUE + 1];
        for (int j = 0; j < rivals; j++) {
            for (int c = n - 1; c >= 0; c--) {
                suffixMargin[j][c] = suffixMargin[j][c + 1] + current[c] * diff[j][c];
                steps[j][c] = steps[j][c + 1].clone();
                int d = diff[j][c];
                int room = d > 0 ? 5 - current[c] : current[c];
                steps[j][c][Math.min(Math.abs(d), MAX_STEP_VALUE)] += d == 0 ? 0 : room;
            }
        }
        this.order = new int[n][];
        for (int c = 0; c < n; c++) {
            int from = current[c];
            order[c] = java.util.stream.IntStream.rangeClosed(0, 5).boxed()
                    .sorted((a, b) -> a.equals(b) ? 0 : Math.abs(a - from) != Math.abs(b - from)
                            ? Integer.compare(Math.abs(a - from), Math.abs(b - from)) : Integer.compare(a, b))
                    .mapToInt(Integer::intValue).toArray();
        }
        this.chosen = new int[n];
    }

    /**
     * The closest weights that put {@code language} strictly first, or null when no weights 0-5 do.
     * Among equally close ones: fewest weights changed, then changes on earlier criteria, then lower weights.
     */
    static int[] closest(MatrixDefinition matrix, String language, int[] current) {
        FlipSearch search = new FlipSearch(matrix, language, current);
        if (!search.anyWeightsFlip()) {
            return null;
        }
        // Iterative deepening on the number of steps: the first budget with a flip is the smallest, and a
        // tight budget lets the bound cut almost every branch early.
        int widest = 0;
        for (int c = 0; c < search.n; c++) {
            widest += Math.max(current[c], 5 - current[c]);
        }
        for (int budget = 1; budget <= widest; budget++) {
            search.bestCost = budget;
            search.visit(0, new int[search.rivals], 0, 0);
            if (search.best != null) {
                return search.best;
            }
        }
        throw new IllegalStateException("a feasible flip was not found within " + widest + " steps");
    }

    /**
     * Whether any weights 0-5 put the language strictly first. The margins over the rivals that the
     * criteria can reach are built criterion by criterion; for equal margins over all rivals but the
     * last, only the largest margin over the last one matters, which keeps the sets small.
     */
    private boolean anyWeightsFlip() {
        Map<List<Integer>, Integer> reach = new HashMap<>();
        reach.put(Collections.nCopies(rivals - 1, 0), 0);
        for (int c = 0; c < n; c++) {
            Map<List<Integer>, Integer> next = new HashMap<>();
            for (Map.Entry<List<Integer>, Integer> e : reach.entrySet()) {
                for (int w = 0; w <= 5; w++) {
                    Integer[] head = new Integer[rivals - 1];
                    for (int j = 0; j < rivals - 1; j++) {
                        head[j] = e.getKey().get(j) + w * diff[j][c];
                    }
                    next.merge(List.of(head), e.getValue() + w * diff[rivals - 1][c], Math::max);
                }
            }
            reach = next;
        }
        return reach.entrySet().stream()
                .anyMatch(e -> e.getValue() > 0 && e.getKey().stream().allMatch(m -> m > 0));
    }

    private void visit(int i, int[] margin, int cost, int changed) {
        int budget = bestCost - cost;
        for (int j = 0; j < rivals; j++) {
            if (margin[j] + suffixMargin[j][i] + gain(j, i, budget) <= 0) {
                return;
            }
        }
        if (i == n) {
            offer(cost, changed);
            return;
        }
        for (int w : order[i]) {
            int step = Math.abs(w - current[i]);
            if (step > budget) {
                break;
            }
            chosen[i] = w;
            int[] next = margin.clone();
            for (int j = 0; j < rivals; j++) {
                next[j] += w * diff[j][i];
            }
            visit(i + 1, next, cost + step, changed + (step > 0 ? 1 : 0));
            // A flip found below may have lowered the budget for the remaining values.
            budget = bestCost - cost;
        }
    }

    /** The most that {@code budget} weight steps on criteria i.. can add to the margin over rival j. */
    private int gain(int j, int i, int budget) {
        int gain = 0;
        int left = budget;
        for (int v = MAX_STEP_VALUE; v > 0 && left > 0; v--) {
            int take = Math.min(left, steps[j][i][v]);
            gain += take * v;
            left -= take;
        }
        return gain;
    }

    private void offer(int cost, int changed) {
        if (best == null || cost < bestCost || cost == bestCost && isPreferredTie(changed)) {
            best = chosen.clone();
            bestCost = cost;
            bestChanged = changed;
        }
    }

    private boolean isPreferredTie(int changed) {
        if (changed != bestChanged) {
            return changed < bestChanged;
        }
        for (int c = 0; c < n; c++) {
            boolean mine = chosen[c] != current[c];
            boolean theirs = best[c] != current[c];
            if (mine != theirs) {
                return mine;
            }
        }
        return Arrays.compare(chosen, best) < 0;
    }
}
