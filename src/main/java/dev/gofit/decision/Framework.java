package dev.gofit.decision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The 4-point Go-fit framework as written in {@code content/framework.yaml}. */
public record Framework(@NotEmpty List<@Valid Question> questions,
                        @NotEmpty List<@Valid Caution> cautions,
                        @NotNull List<@Valid Pitfall> pitfalls,
                        List<@Valid WorkedExample> workedExamples,
                        List<@Valid Comparison> comparisons) {

    public Framework {
        workedExamples = workedExamples == null ? List.of() : workedExamples;
        comparisons = comparisons == null ? List.of() : comparisons;
    }

    /**
     * A production example from a source (e.g. the guide), with the answers it implies: question and caution keys to
     * true or false. GoFit works out the verdict from them, so the example and the rules cannot disagree.
     */
    public record WorkedExample(@NotBlank String title, @NotBlank String source, @NotBlank String figures,
                                @NotNull java.util.Map<@NotBlank String, @NotNull Boolean> answers,
                                @NotBlank String evidence, @NotBlank String takeaway) {

        public Answers toAnswers() {
            return new Answers(answers.get("concurrency"), answers.get("ioPerformance"), answers.get("simpleDeployment"),
                    answers.get("servicesOrTooling"), answers.get("mlPrototyping"), answers.get("lowLevelMemoryControl"));
        }
    }

    /** A head-to-head note, e.g. "Go vs Java", with where each side wins. */
    public record Comparison(@NotBlank String title, @NotBlank String source, @NotNull List<@NotBlank String> points) {
    }

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
