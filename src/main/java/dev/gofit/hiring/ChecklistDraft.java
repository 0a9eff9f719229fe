package dev.gofit.hiring;

import java.util.List;

/**
 * A checklist as the builder form or the JSON API describes it, before validation. Numbers the
 * user typed that are not numbers arrive as null, so validation can name them.
 */
public record ChecklistDraft(String role, String level, Long decisionId, List<SkillDraft> skills, List<StageDraft> stages) {

    /** A skill: core ({@code custom} false, key from content) or custom (key derived from the label). */
    public record SkillDraft(String key, String label, boolean custom, Integer weight, List<CheckDraft> checks) {
    }

    /** One check; {@code key} names a content check, null for the manager's own wording. */
    public record CheckDraft(String key, String text, String stage) {
    }

    public record StageDraft(String key, Integer minutes) {
    }

    public SkillDraft skill(String key) {
        return skills.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    public StageDraft stage(String key) {
        return stages.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }
}
