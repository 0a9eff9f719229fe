package dev.gofit.matrix;

import dev.gofit.content.ContentLoader;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decision matrix loaded from {@code content/matrix.yaml} at start-up (a broken file stops the
 * start), with the weighted scoring and the flip search applied to it.
 */
@Startup
@ApplicationScoped
public class Matrix {

    public static final String FILE = "matrix.yaml";

    private final MatrixDefinition definition;

    public Matrix(ContentLoader loader) {
        this.definition = load(loader);
    }

    /** Reads and cross-checks the file: unique keys, every criterion rates every language. */
    public static MatrixDefinition load(ContentLoader loader) {
        MatrixDefinition def = loader.yaml(FILE, MatrixDefinition.class);
        Set<String> languages = new HashSet<>();
        for (MatrixDefinition.Language language : def.languages()) {
            if (!languages.add(language.key())) {
                throw ContentLines.problem(loader, FILE, language.key(), "language key '" + language.key() + "' is used twice");
            }
        }
        if (!languages.contains("go")) {
            throw loader.problem(FILE, "languages must include go (the language being decided on)");
        }
        Set<String> criteria = new HashSet<>();
        for (MatrixDefinition.Criterion criterion : def.criteria()) {
            if (!criteria.add(criterion.key())) {
                throw ContentLines.problem(loader, FILE, criterion.key(), "criterion key '" + criterion.key() + "' is used twice");
            }
            for (String language : def.languageKeys()) {
                if (!criterion.ratings().containsKey(language)) {
                    throw ContentLines.problem(loader, FILE, criterion.key(),
                            "criterion '" + criterion.key() + "' has no rating for " + language);
                }
            }
            for (String rated : criterion.ratings().keySet()) {
                if (!languages.contains(rated)) {
                    throw ContentLines.problem(loader, FILE, criterion.key(),
                            "criterion '" + criterion.key() + "' rates '" + rated + "', which is not in languages");
                }
            }
        }
        return def;
    }

    public MatrixDefinition definition() {
        return definition;
    }

    public boolean hasCriterion(String key) {
        return definition.criteria().stream().anyMatch(c -> c.key().equals(key));
    }

    /** Default weights for the answers that are "yes" (keys as in framework.yaml), in content order. */
    public Map<String, Integer> defaultWeights(Set<String> yes) {
        return defaultWeights(yes, Set.of());
    }

    /** As {@link #defaultWeights(Set)}, with the answers in {@code halved} counting half. */
    public Map<String, Integer> defaultWeights(Set<String> yes, Set<String> halved) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (MatrixDefinition.Criterion c : definition.criteria()) {
            weights.put(c.key(), c.weight().weightFor(yes, halved));
        }
        return weights;
    }

    /** Scores, ranking and flips for these weights. */
    public Evaluation evaluate(Map<String, Integer> weights) {
        return evaluate(definition, weights);
    }

    /** Scores, ranking and flips of another matrix (a decision's options, its team's ratings, a snapshot). */
    public static Evaluation evaluate(MatrixDefinition definition, Map<String, Integer> weights) {
        return new Evaluation(definition, weights, Scoring.score(definition, weights), FlipFinder.find(definition, weights));
    }

    /** Everything the matrix says for one set of weights. */
    public record Evaluation(MatrixDefinition definition, Map<String, Integer> weights, Scoring.Scores scores,
                             List<FlipFinder.Flip> flips) {

        public int weight(String criterion) {
            return weights.getOrDefault(criterion, 0);
        }

        public String first() {
            return scores.ranking().get(0);
        }
    }
}
