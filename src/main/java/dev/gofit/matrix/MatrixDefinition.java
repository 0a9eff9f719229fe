package dev.gofit.matrix;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The decision matrix as written in {@code content/matrix.yaml}: languages, criteria, ratings, weight rules. */
public record MatrixDefinition(@NotEmpty List<@Valid Language> languages, @NotEmpty List<@Valid Criterion> criteria) {

    /** A language compared in the matrix, e.g. {@code go}. */
    public record Language(@NotBlank @Pattern(regexp = "[a-z0-9-]+", message = "must be a lower-case identifier") String key,
                           @NotBlank String name) {
    }

    /** One row of the matrix: what is rated, how each language rates (1-5) and how its default weight derives. */
    public record Criterion(@NotBlank @Pattern(regexp = "[a-z0-9-]+", message = "must be a lower-case identifier") String key,
                            @NotBlank String label,
                            @NotBlank String description,
                            @NotNull @Valid WeightRule weight,
                            @NotEmpty Map<String, @NotNull @Valid Rating> ratings) {

        public int score(String language) {
            return ratings.get(language).score();
        }

        public String note(String language) {
            return ratings.get(language).note();
        }
    }

    /** Default weight: {@code base} plus {@code ifYes[answer]} for every "yes" answer, kept within 0-5. */
    public record WeightRule(@Min(0) @Max(5) int base, @NotNull Map<String, @NotNull @Min(-5) @Max(5) Integer> ifYes) {

        public int weightFor(Set<String> yes) {
            return weightFor(yes, Set.of());
        }

        /** As {@link #weightFor(Set)}, with the answers in {@code halved} counting half (rounded down). */
        public int weightFor(Set<String> yes, Set<String> halved) {
            int w = base;
            for (Map.Entry<String, Integer> e : ifYes.entrySet()) {
                if (yes.contains(e.getKey())) {
                    w += halved.contains(e.getKey()) ? e.getValue() / 2 : e.getValue();
                }
            }
            return Math.max(0, Math.min(5, w));
        }
    }

    /** A language's 1-5 rating on a criterion (5 is always best for the project) with a short reason. */
    public record Rating(@Min(1) @Max(5) int score, @NotBlank String note) {
    }

    public List<String> languageKeys() {
        return languages.stream().map(Language::key).toList();
    }

    public String languageName(String key) {
        return languages.stream().filter(l -> l.key().equals(key)).map(Language::name).findFirst().orElse(key);
    }

    /** The same matrix comparing only {@code keys} (in the order given). */
    public MatrixDefinition forLanguages(List<String> keys) {
        List<Language> chosen = keys.stream()
                .map(k -> languages.stream().filter(l -> l.key().equals(k)).findFirst().orElseThrow(
                        () -> new IllegalArgumentException("unknown language " + k)))
                .toList();
        List<Criterion> rows = criteria.stream().map(c -> {
            Map<String, Rating> ratings = new LinkedHashMap<>();
            keys.forEach(k -> ratings.put(k, c.ratings().get(k)));
            return new Criterion(c.key(), c.label(), c.description(), c.weight(), ratings);
        }).toList();
        return new MatrixDefinition(chosen, rows);
    }

    /** The same matrix with the ratings of one criterion replaced for the languages in {@code ratings}. */
    public MatrixDefinition withRatings(String criterion, Map<String, Rating> ratings) {
        List<Criterion> rows = criteria.stream().map(c -> {
            if (!c.key().equals(criterion)) {
                return c;
            }
            Map<String, Rating> merged = new LinkedHashMap<>(c.ratings());
            ratings.forEach((k, r) -> {
                if (merged.containsKey(k)) {
                    merged.put(k, r);
                }
            });
            return new Criterion(c.key(), c.label(), c.description(), c.weight(), merged);
        }).toList();
        return new MatrixDefinition(languages, rows);
    }

    public List<String> criterionKeys() {
        return criteria.stream().map(Criterion::key).toList();
    }
}
