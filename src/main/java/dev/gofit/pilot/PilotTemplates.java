package dev.gofit.pilot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/** The pilot templates of {@code content/pilot.yaml}, as bound and validated at start-up. */
public record PilotTemplates(
        @NotBlank String hypothesis,
        @NotNull @Valid Because because,
        @NotNull @Valid Load load,
        @NotEmpty List<@NotBlank String> scopeIn,
        @NotEmpty List<@NotBlank String> scopeOut,
        @NotNull @Size(min = 10, max = 10) List<@NotNull @Valid DayTemplate> days,
        @NotNull @Size(min = 2, max = 2) List<@NotNull @Valid Checkpoint> checkpoints,
        @NotEmpty List<@NotNull @Valid MetricTemplate> metrics,
        @NotEmpty List<@NotNull @Valid RiskTemplate> risks,
        @NotEmpty List<@NotBlank String> criteria) {

    /** The answer keys of the decision's four questions, in the order adjustments apply. */
    public static final List<String> ANSWER_KEYS = List.of("concurrency", "ioPerformance", "simpleDeployment",
            "servicesOrTooling");

    /** Why Go should win, one phrase per "yes" answer. */
    public record Because(@NotBlank String concurrency, @NotBlank String ioPerformance,
                          @NotBlank String simpleDeployment, @NotBlank String servicesOrTooling,
                          @NotBlank String none) {

        String of(String answerKey) {
            return switch (answerKey) {
                case "concurrency" -> concurrency;
                case "ioPerformance" -> ioPerformance;
                case "simpleDeployment" -> simpleDeployment;
                case "servicesOrTooling" -> servicesOrTooling;
                default -> none;
            };
        }
    }

    /** The default load, and how "yes" answers raise it. */
    public record Load(@Min(1) @Max(10_000) int concurrency, @Min(1) @Max(1_000_000) int requests,
                       Map<String, @NotNull @Valid LoadAdjust> when) {
    }

    public record LoadAdjust(@Min(1) Integer concurrency, @Min(1) Integer requests) {
    }

    public record DayTemplate(@Min(1) @Max(10) int day, @NotBlank @Pattern(regexp = "build|validate") String week,
                              @NotBlank String focus) {
    }

    public record Checkpoint(@Min(1) @Max(10) int day, @NotBlank @Pattern(regexp = "checkpoint|go-no-go") String kind,
                             @NotBlank String title, @NotBlank String agenda) {
    }

    public record MetricTemplate(
            @NotBlank @Pattern(regexp = "[a-z0-9-]+") String key,
            @NotBlank String name,
            @NotBlank @Pattern(regexp = "performance|productivity") String category,
            @NotBlank String unit,
            @NotBlank @Pattern(regexp = "lower|higher") String better,
            @NotBlank @Pattern(regexp = "load-p95|load-throughput|manual") String source,
            @NotBlank String howMeasured,
            @NotNull Double baseline,
            @NotNull Double minimum,
            @NotNull Double target,
            Map<String, @NotNull @Valid Adjust> when) {
    }

    /** What a "yes" answer changes in a metric; absent values stay as they were. */
    public record Adjust(Double baseline, Double minimum, Double target) {
    }

    public record RiskTemplate(@NotBlank String risk, @NotBlank String mitigation, String when) {
    }
}
