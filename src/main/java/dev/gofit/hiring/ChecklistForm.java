package dev.gofit.hiring;

import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;

/**
 * The builder form as posted. Field names are fixed; values carry the skill key where one form
 * has a field per skill (e.g. {@code weight=concurrency:4}, {@code check=concurrency:worker-pool}),
 * and repeated inputs that always post (text, select) are read as aligned lists.
 */
public record ChecklistForm(
        @RestForm String role,
        @RestForm String level,
        @RestForm Long decision,
        /* Core skills kept (checkbox). */
        @RestForm List<String> skill,
        /* "key:weight" per core skill. */
        @RestForm List<String> weight,
        /* "key:checkKey" per kept check (checkbox). */
        @RestForm List<String> check,
        /* "key:checkKey:stage" per check. */
        @RestForm List<String> checkStage,
        /* Per core skill, aligned: its key, own items (one a line) and their stage. */
        @RestForm List<String> extraSkill,
        @RestForm List<String> extra,
        @RestForm List<String> extraStage,
        /* Custom skill rows, aligned; a row with an empty label is ignored. */
        @RestForm List<String> customLabel,
        @RestForm List<String> customWeight,
        @RestForm List<String> customStage,
        @RestForm List<String> customChecks,
        /* Stages kept (checkbox), and per stage (aligned) its key and minutes. */
        @RestForm List<String> stage,
        @RestForm List<String> minutesStage,
        @RestForm List<String> minutes,
        /* The one-time form key (see system/FormKeys). */
        @RestForm String formKey) {

    public static final int CUSTOM_ROWS = 2;

    public ChecklistForm {
        skill = orEmpty(skill);
        weight = orEmpty(weight);
        check = orEmpty(check);
        checkStage = orEmpty(checkStage);
        extraSkill = orEmpty(extraSkill);
        extra = orEmpty(extra);
        extraStage = orEmpty(extraStage);
        customLabel = orEmpty(customLabel);
        customWeight = orEmpty(customWeight);
        customStage = orEmpty(customStage);
        customChecks = orEmpty(customChecks);
        stage = orEmpty(stage);
        minutesStage = orEmpty(minutesStage);
        minutes = orEmpty(minutes);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** The draft this form describes, in content order; unparsable numbers become null for validation to name. */
    public ChecklistDraft toDraft(HiringContent content, ChecklistBuilder builder) {
        List<ChecklistDraft.SkillDraft> skills = new ArrayList<>();
        for (SkillCatalog.Skill s : content.skills().skills()) {
            if (!skill.contains(s.key())) {
                continue;
            }
            List<ChecklistDraft.CheckDraft> checks = new ArrayList<>();
            for (SkillCatalog.Check c : s.checks()) {
                if (check.contains(s.key() + ":" + c.key())) {
                    String chosen = valueAfter(checkStage, s.key() + ":" + c.key() + ":");
                    checks.add(new ChecklistDraft.CheckDraft(c.key(), c.text(), chosen == null ? c.stage() : chosen));
                }
            }
            int row = extraSkill.indexOf(s.key());
            if (row >= 0 && row < extra.size()) {
                String stageOfExtras = row < extraStage.size() ? extraStage.get(row) : null;
                extra.get(row).lines().map(String::trim).filter(l -> !l.isEmpty())
                        .forEach(l -> checks.add(new ChecklistDraft.CheckDraft(null, l, stageOfExtras)));
            }
            skills.add(new ChecklistDraft.SkillDraft(s.key(), s.label(), false, number(valueAfter(weight, s.key() + ":")), checks));
        }
        for (String key : skill) {
            if (content.skills().skill(key) == null) {
                // Kept in the draft so validation names it: a posted key must not vanish without a word.
                skills.add(new ChecklistDraft.SkillDraft(key, key, false, null, List.of()));
            }
        }
        for (int i = 0; i < customLabel.size(); i++) {
            String label = customLabel.get(i) == null ? "" : customLabel.get(i).trim();
            if (label.isEmpty()) {
                continue;
            }
            String text = i < customChecks.size() && customChecks.get(i) != null ? customChecks.get(i) : "";
            skills.add(builder.customSkill(label, number(at(customWeight, i)), at(customStage, i), text.lines().toList()));
        }
        List<ChecklistDraft.StageDraft> stages = new ArrayList<>();
        for (VettingProcess.Stage s : content.vetting().stages()) {
            if (stage.contains(s.key())) {
                int row = minutesStage.indexOf(s.key());
                stages.add(new ChecklistDraft.StageDraft(s.key(), number(row < 0 ? null : at(minutes, row))));
            }
        }
        for (String key : stage) {
            if (content.vetting().stage(key) == null) {
                stages.add(new ChecklistDraft.StageDraft(key, null));
            }
        }
        return new ChecklistDraft(role == null ? "" : role, level, decision, skills, stages);
    }

    private static String valueAfter(List<String> values, String prefix) {
        return values.stream().filter(v -> v != null && v.startsWith(prefix)).map(v -> v.substring(prefix.length()))
                .findFirst().orElse(null);
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
