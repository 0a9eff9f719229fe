package dev.gofit.matrix;

import dev.gofit.support.ContentFixtures;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

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
        assertThat(rust.size()).isEqualTo(BruteForce.of(m).smallest(weights).get("rust"));
    }

    @Test
    void threeWeightsChangeWhenNoPairCanFlip() {
        // Go leads Rust by 10 on a and b; each step (down on a or b, up on c or d) gains one point and a weight
        // moves at most 5 steps, so the 11 points Rust needs take three weights.
        MatrixDefinition m = new MatrixDefinition(twoCriteria().languages(), List.of(
                criterion("a", 2, 1, 1), criterion("b", 2, 1, 1), criterion("c", 1, 1, 2), criterion("d", 1, 1, 2)));
        Map<String, Integer> weights = Map.of("a", 5, "b", 5, "c", 0, "d", 0);
        List<FlipFinder.Flip> flips = FlipFinder.find(m, weights);
        assertThat(flips).singleElement().satisfies(rust -> {
            assertThat(rust.language()).isEqualTo("rust");
            assertThat(rust.size()).isEqualTo(11).isEqualTo(BruteForce.of(m).smallest(weights).get("rust"));
            // Fewest weights first, then the earliest criteria: a and b drop to 0, c rises to 1.
            assertThat(rust.changes()).containsExactly(new FlipFinder.Change("a", 5, 0), new FlipFinder.Change("b", 5, 0),
                    new FlipFinder.Change("c", 0, 1));
        });
    }

    @Test
    void noFlipOnlyWhenNoWeightsAtAllPutAnotherLanguageFirst() {
        // Go is rated at least as high as the others everywhere: no weights make Python or Rust strictly first.
        MatrixDefinition m = new MatrixDefinition(twoCriteria().languages(), List.of(
                criterion("a", 5, 5, 1), criterion("b", 4, 1, 4)));
        assertThat(FlipFinder.find(m, Map.of("a", 3, "b", 2))).isEmpty();
        assertThat(BruteForce.of(m).smallest(Map.of("a", 3, "b", 2))).containsOnlyKeys("go");
    }

    /** Seven criteria of the shipped matrix (a brute force over all 12 would score 6^12 vectors). */
    static MatrixDefinition realSeven(List<String> options) {
        MatrixDefinition real = ContentFixtures.realMatrix().forLanguages(options);
        Set<String> keep = Set.of("concurrency-model", "performance", "deployment", "web-ecosystem", "ml-ecosystem",
                "memory-control", "learning-curve");
        return new MatrixDefinition(real.languages(), real.criteria().stream().filter(c -> keep.contains(c.key())).toList());
    }

    /** Option sets of every size from 2 to 6, go always one. */
    static final List<List<String>> OPTION_SETS = List.of(List.of("go", "python"), List.of("go", "python", "rust"),
            List.of("go", "java", "kotlin", "rust"), List.of("go", "python", "typescript", "csharp", "java"),
            List.of("go", "python", "rust", "java", "typescript", "csharp"));

    @Test
    void flipsAtTheDefaultWeightsOfAll64AnswerCombinationsAreTheSmallestThereIsForTwoToSixOptions() {
        List<String> answers = List.of("concurrency", "ioPerformance", "simpleDeployment", "servicesOrTooling",
                "mlPrototyping", "lowLevelMemoryControl");
        int beyondTwoWeights = 0;
        for (List<String> options : OPTION_SETS) {
            MatrixDefinition real = realSeven(options);
            BruteForce brute = BruteForce.of(real);
            for (int combination = 0; combination < 64; combination++) {
                Set<String> yes = new HashSet<>();
                for (int a = 0; a < answers.size(); a++) {
                    if ((combination & (1 << a)) != 0) {
                        yes.add(answers.get(a));
                    }
                }
                Map<String, Integer> weights = new LinkedHashMap<>();
                real.criteria().forEach(c -> weights.put(c.key(), c.weight().weightFor(yes)));
                beyondTwoWeights += assertSmallestFlips(real, brute, weights, options + " answers " + yes);
            }
        }
        // The old search stopped at two weights; the real matrix needs more for some answers.
        assertThat(beyondTwoWeights).isPositive();
    }

    @Test
    void flipsAtRandomWeightsAreTheSmallestThereIsForTwoToSixOptions() {
        Random random = new Random(20260518);
        for (List<String> options : OPTION_SETS) {
            MatrixDefinition real = realSeven(options);
            BruteForce brute = BruteForce.of(real);
            List<Map<String, Integer>> cases = new ArrayList<>(List.of(uniform(real, 0), uniform(real, 1), uniform(real, 5)));
            for (int i = 0; i < 30; i++) {
                Map<String, Integer> weights = new LinkedHashMap<>();
                real.criteria().forEach(c -> weights.put(c.key(), random.nextInt(6)));
                cases.add(weights);
            }
            for (Map<String, Integer> weights : cases) {
                assertSmallestFlips(real, brute, weights, options + " weights " + weights);
            }
        }
    }

    @Test
    void everyFlipOnTheWholeMatrixPutsItsLanguageStrictlyFirst() {
        Random random = new Random(11);
        for (List<String> options : OPTION_SETS) {
            MatrixDefinition m = ContentFixtures.realMatrix().forLanguages(options);
            for (int i = 0; i < 20; i++) {
                Map<String, Integer> weights = new LinkedHashMap<>();
                m.criteria().forEach(c -> weights.put(c.key(), random.nextInt(6)));
                for (FlipFinder.Flip flip : FlipFinder.find(m, weights)) {
                    Map<String, Integer> after = new HashMap<>(weights);
                    flip.changes().forEach(c -> after.put(c.criterion(), c.to()));
                    assertThat(Scoring.score(m, after).strictLeader()).isEqualTo(flip.language());
                }
            }
        }
    }

    @Test
    void findingFlipsOnTheRealMatrixTakesFarLessThanARender() {
        MatrixDefinition real = ContentFixtures.realMatrix().forLanguages(OPTION_SETS.get(OPTION_SETS.size() - 1));
        Random random = new Random(7);
        List<Map<String, Integer>> cases = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Map<String, Integer> weights = new LinkedHashMap<>();
            real.criteria().forEach(c -> weights.put(c.key(), random.nextInt(6)));
            cases.add(weights);
        }
        cases.forEach(w -> FlipFinder.find(real, w)); // warm-up for the JIT
        // CPU time of this thread, not wall time: the build box is shared, and preemption is not the search's cost.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long slowest = 0;
        long total = 0;
        for (Map<String, Integer> weights : cases) {
            long start = threads.getCurrentThreadCpuTime();
            FlipFinder.find(real, weights);
            long took = threads.getCurrentThreadCpuTime() - start;
            slowest = Math.max(slowest, took);
            total += took;
        }
        System.out.printf("flip search, 6 options x 12 criteria: mean %.2f ms, slowest %.2f ms of CPU%n",
                total / 1e6 / cases.size(), slowest / 1e6);
        assertThat(slowest / 1_000_000.0).as("slowest search, ms of CPU").isLessThan(50.0);
    }

    /**
     * Checks every flip against the brute force: it really puts its language strictly first, it is as
     * small as any weight vector can be, and a language is left out only when no vector flips to it.
     * Answers how many flips move three or more weights.
     */
    private static int assertSmallestFlips(MatrixDefinition m, BruteForce brute, Map<String, Integer> weights, String what) {
        String first = Scoring.score(m, weights).ranking().get(0);
        List<FlipFinder.Flip> flips = FlipFinder.find(m, weights);
        Map<String, Integer> smallest = brute.smallest(weights);
        smallest.remove(first);
        assertThat(flips).as("languages with a flip at %s", what).extracting(FlipFinder.Flip::language)
                .containsExactlyInAnyOrderElementsOf(smallest.keySet());
        int beyondTwo = 0;
        for (FlipFinder.Flip flip : flips) {
            Map<String, Integer> after = new HashMap<>(weights);
            flip.changes().forEach(c -> {
                assertThat(c.from()).isEqualTo(weights.get(c.criterion()));
                assertThat(c.to()).isBetween(0, 5).isNotEqualTo(c.from());
                after.put(c.criterion(), c.to());
            });
            assertThat(Scoring.score(m, after).strictLeader()).as("leader after the flip at %s", what)
                    .isEqualTo(flip.language());
            assertThat(flip.size()).as("flip to %s at %s", flip.language(), what).isEqualTo(smallest.get(flip.language()));
            beyondTwo += flip.changes().size() > 2 ? 1 : 0;
        }
        return beyondTwo;
    }

    private static Map<String, Integer> uniform(MatrixDefinition m, int w) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        m.criteria().forEach(c -> weights.put(c.key(), w));
        return weights;
    }

    /**
     * Independent check with no limit on how many weights change: every weight vector 0-5 is scored once
     * with {@link Scoring} (vector i has criterion c's weight in base-6 digit c), and the smallest L1
     * distance to a vector that a language leads strictly is a plain scan.
     */
    private record BruteForce(List<String> keys, List<String> languages, byte[] leader) {

        static BruteForce of(MatrixDefinition m) {
            List<String> keys = m.criterionKeys();
            List<String> languages = m.languageKeys();
            int count = (int) Math.pow(6, keys.size());
            byte[] leader = new byte[count];
            Map<String, Integer> w = new HashMap<>();
            for (int i = 0; i < count; i++) {
                int rest = i;
                for (String key : keys) {
                    w.put(key, rest % 6);
                    rest /= 6;
                }
                String strict = Scoring.score(m, w).strictLeader();
                leader[i] = (byte) (strict == null ? -1 : languages.indexOf(strict));
            }
            return new BruteForce(keys, languages, leader);
        }

        /** The smallest number of weight steps that makes each language the strict leader; absent when none does. */
        Map<String, Integer> smallest(Map<String, Integer> weights) {
            int[] from = keys.stream().mapToInt(weights::get).toArray();
            int[] best = new int[languages.size()];
            Arrays.fill(best, Integer.MAX_VALUE);
            int[] digit = new int[keys.size()];
            for (int i = 0; i < leader.length; i++) {
                if (i > 0) {
                    for (int c = 0; ++digit[c] == 6; c++) {
                        digit[c] = 0;
                    }
                }
                if (leader[i] < 0) {
                    continue;
                }
                int distance = 0;
                for (int c = 0; c < digit.length; c++) {
                    distance += Math.abs(digit[c] - from[c]);
                }
                if (distance > 0 && distance < best[leader[i]]) {
                    best[leader[i]] = distance;
                }
            }
            Map<String, Integer> smallest = new LinkedHashMap<>();
            for (int l = 0; l < best.length; l++) {
                if (best[l] != Integer.MAX_VALUE) {
                    smallest.put(languages.get(l), best[l]);
                }
            }
            return smallest;
        }
    }
}
