package dev.gofit.decision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The 4-point Go-fit framework as written in {@code content/framework.yaml}. */
public record Framework(@NotEmpty List<@Valid Question> questions,
                        @NotEmpty List<@Valid Caution> cautions,
                        @NotNull List<@Valid Pitfall> pitfalls) {

    /** One of the four questions; a "yes" counts towards Go. */
    public record Question(@NotBlank String key, @NotBlank String title, @NotBlank String prompt,
                           @NotNull List<@NotBlank String> examples, @NotBlank String whyGo,
                           @NotBlank String reasonYes, @NotBlank String reasonNo) {
    }

    /** A caution: a "yes" points to another language ({@code alternative}, a matrix language key). */
    public record Caution(@NotBlank String key, @NotBlank String title, @NotBlank String prompt,
                          @NotBlank String alternative, @NotBlank String text, @NotBlank String reason) {
    }

    /** A pitfall of Go worth knowing whatever the verdict. */
    public record Pitfall(@NotBlank String title, @NotBlank String text, @NotBlank String mitigation) {
    }

    public Question question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
    }

    public Caution caution(String key) {
        return cautions.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }
}
