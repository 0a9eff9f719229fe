package dev.gofit.matrix;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FlipFinderTest {

    /** A: Go 5, Python 1, Rust 1; B: Go 1, Python 5, Rust 1. */
    static MatrixDefinition twoCriteria() {
        return new MatrixDefinition(
                List.of(new MatrixDefinition.Language("go", "Go"), new MatrixDefinition.Language("python", "Python"),
                        new MatrixDefinition.Language("rust", "Rust")),
                List.of(criterion("a", 5, 1, 1), criterion("b", 1, 5, 1)));
    }

    static MatrixDefinition.Criterion criterion(String key, int go, int python, int rust) {
        Map<String, MatrixDefinition.Rating> ratings = new LinkedHashMap<>();
        ratings.put("go", new MatrixDefinition.Rating(go, "n"));
        ratings.put("python", new MatrixDefinition.Rating(python, "n"));
        ratings.put("rust", new MatrixDefinition.Rating(rust, "n"));
        return new MatrixDefinition.Criterion(key, key.toUpperCase(), "d", new MatrixDefinition.WeightRule(1, Map.of()), ratings);
    }

    @Test
    void scoresAreWeightedAveragesAndRankingSortsThem() {
        Scoring.Scores s = Scoring.score(twoCriteria(), Map.of("a", 3, "b", 2));
        assertThat(s.scores()).containsEntry("go", 3.4).containsEntry("python", 2.6).containsEntry("rust", 1.0);
        assertThat(s.ranking()).containsExactly("go", "python", "rust");
        assertThat(s.strictLeader()).isEqualTo("go");
    }

    @Test
    void allWeightsZeroScoresZeroAndHasNoStrictLeader() {
        Scoring.Scores s = Scoring.score(twoCriteria(), Map.of("a", 0, "b", 0));
        assertThat(s.scores().values()).containsOnly(0.0);
        assertThat(s.ranking()).containsExactly("go", "python", "rust");
        assertThat(s.strictLeader()).isNull();
    }

    @Test
    void smallestFlipLowersTheWeightThatKeepsGoAheadAndPrefersTheEarlierCriterionOnATie() {
        List<FlipFinder.Flip> flips = FlipFinder.find(twoCriteria(), Map.of("a", 3, "b", 2));
        // Python first needs a step of 2: a 3→1 (Go 7 vs Python 11) or b 2→4; a is listed first.
        assertThat(flips).hasSize(1);
        FlipFinder.Flip flip = flips.get(0);
        assertThat(flip.language()).isEqualTo("python");
        assertThat(flip.changes()).containsExactly(new FlipFinder.Change("a", 3, 1));
        assertThat(flip.size()).isEqualTo(2);
        assertThat(flip.scoresAfter().get("python")).isGreaterThan(flip.scoresAfter().get("go"));
    }

    @Test
    void aLanguageThatNeverLeadsHasNoFlip() {
        assertThat(FlipFinder.find(twoCriteria(), Map.of("a", 3, "b", 2)))
                .extracting(FlipFinder.Flip::language).doesNotContain("rust");
    }

    @Test
    void aTieAtTheTopIsNotAFlip() {
        // a=2, b=2: Go 12, Python 12 — tied, Go first by content order; one step on b puts Python strictly ahead.
        List<FlipFinder.Flip> flips = FlipFinder.find(twoCriteria(), Map.of("a", 2, "b", 2));
        assertThat(flips).singleElement().satisfies(f -> {
            assertThat(f.language()).isEqualTo("python");
            assertThat(f.size()).isEqualTo(1);
        });
    }

    @Test
    void twoWeightsChangeWhenNoSingleWeightCanFlip() {
        // Rust only wins when both a and c move: it is best on c and d, never alone enough.
        MatrixDefinition m = new MatrixDefinition(twoCriteria().languages(), List.of(
                criterion("a", 5, 1, 1), criterion("b", 5, 1, 1), criterion("c", 1, 1, 5), criterion("d", 1, 1, 5)));
        Map<String, Integer> weights = Map.of("a", 3, "b", 3, "c", 0, "d", 0);
        List<FlipFinder.Flip> flips = FlipFinder.find(m, weights);
        FlipFinder.Flip rust = flips.stream().filter(f -> f.language().equals("rust")).findFirst().orElseThrow();
        assertThat(rust.changes()).hasSize(2);
        assertThat(rust.size()).isEqualTo(bruteForceSmallest(m, weights, "rust"));
    }

    @Test
    void flipsOnTheRealMatrixAreTheSmallestAndReallyFlip() {
        MatrixDefinition real = MatrixContentTest.realMatrix();
        List<Map<String, Integer>> cases = List.of(
                uniform(real, 3), uniform(real, 1), uniform(real, 5), real.criteria().stream()
                        .collect(LinkedHashMap::new, (map, c) -> map.put(c.key(), c.weight().weightFor(java.util.Set.of())), Map::putAll));
        for (Map<String, Integer> weights : cases) {
            String first = Scoring.score(real, weights).ranking().get(0);
            for (FlipFinder.Flip flip : FlipFinder.find(real, weights)) {
                Map<String, Integer> after = new HashMap<>(weights);
                flip.changes().forEach(c -> after.put(c.criterion(), c.to()));
                assertThat(Scoring.score(real, after).strictLeader()).isEqualTo(flip.language()).isNotEqualTo(first);
                assertThat(flip.size()).as("flip to %s from %s", flip.language(), weights)
                        .isEqualTo(bruteForceSmallest(real, weights, flip.language()));
            }
        }
    }

    private static Map<String, Integer> uniform(MatrixDefinition m, int w) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        m.criteria().forEach(c -> weights.put(c.key(), w));
        return weights;
    }

    /** Independent check: every weight vector that differs in at most two criteria, smallest L1 distance. */
    private static int bruteForceSmallest(MatrixDefinition m, Map<String, Integer> weights, String language) {
        List<String> keys = new ArrayList<>(m.criterionKeys());
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i; j < keys.size(); j++) {
                for (int a = 0; a <= 5; a++) {
                    for (int b = 0; b <= 5; b++) {
                        Map<String, Integer> w = new HashMap<>(weights);
                        w.put(keys.get(i), a);
                        w.put(keys.get(j), b);
                        if (i == j && a != b) {
                            continue;
                        }
                        int size = 0;
                        for (String k : keys) {
                            size += Math.abs(w.get(k) - weights.get(k));
                        }
                        if (size > 0 && language.equals(Scoring.score(m, w).strictLeader())) {
                            best = Math.min(best, size);
                        }
                    }
                }
            }
        }
        return best;
    }
}
