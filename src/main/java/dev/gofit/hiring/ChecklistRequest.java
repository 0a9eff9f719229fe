package dev.gofit.hiring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * A checklist to create through the JSON API. Only {@code role} is required: {@code skills} defaults to the
 * five core keys, {@code stages} to every stage, weights and minutes to the content defaults.
 */
public record ChecklistRequest(
        @NotBlank(message = "Name the role, e.g. \"Senior Go engineer\".") @Size(max = 200, message = "Keep the role under 200 characters.") String role,
        String level,
        List<@NotNull @SkillKey String> skills,
        List<@NotBlank(message = "Name each custom skill in 1 to 120 characters.") @Size(max = 120, message = "Name each custom skill in 1 to 120 characters.") String> custom,
        Map<String, @NotNull(message = "Give a whole number from 1 to 5.") @Min(value = ChecklistBuilder.MIN_WEIGHT, message = "must be a whole number from 1 to 5") @Max(value = ChecklistBuilder.MAX_WEIGHT, message = "must be a whole number from 1 to 5") Integer> weights,
        List<@NotNull String> stages,
        Map<String, @NotNull(message = "Give the duration in minutes, between 5 and 600.") @Min(value = ChecklistBuilder.MIN_MINUTES, message = "Give the duration in minutes, between 5 and 600.") @Max(value = ChecklistBuilder.MAX_MINUTES, message = "Give the duration in minutes, between 5 and 600.") Integer> minutes,
        @Positive Long decisionId) {
}
