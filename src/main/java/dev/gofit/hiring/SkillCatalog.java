package dev.gofit.hiring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/** The bound form of {@code content/skills.yaml}: seniority levels and the core Go skills with their sub-checks. */
public record SkillCatalog(@NotEmpty List<@Valid Level> levels, @NotEmpty List<@Valid Skill> skills) {

    static final String KEY = "[a-z][a-z0-9-]*";

    /** A seniority level and what it means for this role. */
    public record Level(@NotBlank @Pattern(regexp = KEY) String key, @NotBlank String label,
                        @NotBlank String expectation) {
    }

    /** A core skill: weighed as a whole, evidenced by its checks. */
    public record Skill(@NotBlank @Pattern(regexp = KEY) String key, @NotBlank String label, @NotBlank String summary,
                        @Min(1) @Max(5) int defaultWeight, @Valid Emphasis emphasis, @NotBlank String jobDescription,
                        @NotEmpty List<@Valid Check> checks) {
    }

    /** When a decision answered {@code answer} with yes, the skill starts at {@code weight}. */
    public record Emphasis(@NotBlank @Pattern(regexp = "concurrency|ioPerformance|simpleDeployment|servicesOrTooling",
            message = "must be one of concurrency, ioPerformance, simpleDeployment, servicesOrTooling") String answer,
                           @Min(1) @Max(5) int weight) {
    }

    /** One thing an interviewer checks, in one stage, with the material to check it. */
    public record Check(@NotBlank @Pattern(regexp = KEY) String key, @NotBlank String text, @NotBlank String stage,
                        @NotEmpty List<@NotBlank String> questions, @NotBlank String strong,
                        @NotEmpty List<@NotBlank String> redFlags) {
    }

    public Skill skill(String key) {
        return skills.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    public Level level(String key) {
        return levels.stream().filter(l -> l.key().equals(key)).findFirst().orElse(null);
    }

    public Check check(String skillKey, String checkKey) {
        Skill skill = skill(skillKey);
        return skill == null || checkKey == null ? null
                : skill.checks().stream().filter(c -> c.key().equals(checkKey)).findFirst().orElse(null);
    }
}
