package dev.gofit.hiring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The bound form of {@code content/vetting.yaml}: the stages with their timing, the design prompts, the rating scale. */
public record VettingProcess(@NotEmpty List<@Valid Stage> stages, @NotNull @Size(min = 4, max = 4) List<@Valid Rating> ratingScale) {

    /** One stage of the process with its default duration and agenda. */
    public record Stage(@NotBlank @Pattern(regexp = SkillCatalog.KEY) String key, @NotBlank String label,
                        @Min(5) @Max(600) int minutes, @NotBlank String purpose, @NotEmpty List<@Valid AgendaItem> agenda,
                        List<@Valid Prompt> prompts) {

        public List<Prompt> promptList() {
            return prompts == null ? List.of() : prompts;
        }
    }

    /** A time slot of a stage. */
    public record AgendaItem(@Min(1) int minutes, @NotBlank String activity) {
    }

    /** A systems-design prompt with what to probe and how to judge it. */
    public record Prompt(@NotBlank @Pattern(regexp = SkillCatalog.KEY) String key, @NotBlank String title,
                         @NotBlank String brief, @NotEmpty List<@NotBlank String> probes, @NotBlank String strong,
                         @NotEmpty List<@NotBlank String> redFlags) {
    }

    /** One point of the 1-4 scorecard scale. */
    public record Rating(@Min(1) @Max(4) int value, @NotBlank String label, @NotBlank String meaning) {
    }

    public Stage stage(String key) {
        return stages.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }
}
