package dev.gofit.matrix;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
     * Whether any weights 0-5 put the language strictly first: a depth-first search over the criteria that
     * stops at the first weights that do, cuts a branch when some rival can no longer be overtaken, and
     * remembers the states that failed. A margin that no later criterion can lose is capped, so states
     * that only differ above that cap are one state.
     */
    private boolean anyWeightsFlip() {
        maxGain = new int[rivals][n + 1];
        maxLoss = new int[rivals][n + 1];
        for (int j = 0; j < rivals; j++) {
            for (int c = n - 1; c >= 0; c--) {
                maxGain[j][c] = maxGain[j][c + 1] + 5 * Math.max(0, diff[j][c]);
                maxLoss[j][c] = maxLoss[j][c + 1] + 5 * Math.max(0, -diff[j][c]);
            }
        }
        failed = new HashSet<>();
        return feasible(0, new int[rivals]);
    }

    private int[][] maxGain;
    private int[][] maxLoss;
    private Set<List<Integer>> failed;

    private boolean feasible(int i, int[] margin) {
        boolean safe = true;
        Integer[] key = new Integer[rivals + 1];
        key[rivals] = i;
        for (int j = 0; j < rivals; j++) {
            if (margin[j] + maxGain[j][i] <= 0) {
                return false;
            }
            safe &= margin[j] > maxLoss[j][i];
            key[j] = Math.min(margin[j], maxLoss[j][i] + 1);
        }
        if (safe) {
            return true;
        }
        List<Integer> state = List.of(key);
        if (i == n || failed.contains(state)) {
            return false;
        }
        int lean = 0;
        for (int j = 0; j < rivals; j++) {
            lean += diff[j][i];
        }
        for (int k = 0; k <= 5; k++) {
            int w = lean >= 0 ? 5 - k : k;
            int[] next = margin.clone();
            for (int j = 0; j < rivals; j++) {
                next[j] += w * diff[j][i];
            }
            if (feasible(i + 1, next)) {
                return true;
            }
        }
        failed.add(state);
        return false;
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
