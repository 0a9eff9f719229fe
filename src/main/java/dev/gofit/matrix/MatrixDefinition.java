package dev.gofit.matrix;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

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
            int w = base;
            for (Map.Entry<String, Integer> e : ifYes.entrySet()) {
                if (yes.contains(e.getKey())) {
                    w += e.getValue();
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

    public List<String> criterionKeys() {
        return criteria.stream().map(Criterion::key).toList();
    }
}
