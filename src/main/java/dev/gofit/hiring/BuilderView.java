package dev.gofit.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the builder form shows: every core skill (kept or dropped) with its checks, the custom
 * rows, every stage. Built from a draft, so a rejected form comes back exactly as it was sent.
 */
public record BuilderView(String role, String level, Long decisionId, String decisionTitle, List<SkillRow> core,
                          List<CustomRow> custom, List<StageRow> stages, List<SkillCatalog.Level> levels,
                          List<Integer> weights) {

    public record SkillRow(String key, String label, String summary, boolean included, int weight, List<CheckRow> checks,
                           String extra, String extraStage, String error) {
    }

    public record CheckRow(String key, String text, boolean included, String stage) {
    }

    public record CustomRow(int index, String label, int weight, String stage, String checks, String error) {
    }

    public record StageRow(String key, String label, boolean included, String minutes, String purpose, String error) {
    }

    public static BuilderView of(ChecklistDraft draft, HiringContent content, String decisionTitle) {
        return of(draft, content, decisionTitle, Map.of());
    }

    /** {@code errors} by field (see {@link ChecklistBuilder#validate}); each row shows its own. */
    public static BuilderView of(ChecklistDraft draft, HiringContent content, String decisionTitle, Map<String, String> errors) {
        List<SkillRow> core = new ArrayList<>();
        for (SkillCatalog.Skill s : content.skills().skills()) {
            ChecklistDraft.SkillDraft kept = draft.skill(s.key());
            List<CheckRow> checks = new ArrayList<>();
            for (SkillCatalog.Check c : s.checks()) {
                ChecklistDraft.CheckDraft k = kept == null ? null
                        : kept.checks().stream().filter(x -> c.key().equals(x.key())).findFirst().orElse(null);
                checks.add(new CheckRow(c.key(), c.text(), kept == null || k != null, k == null ? c.stage() : k.stage()));
            }
            List<ChecklistDraft.CheckDraft> own = kept == null ? List.of()
                    : kept.checks().stream().filter(x -> x.key() == null).toList();
            String extra = own.stream().map(ChecklistDraft.CheckDraft::text).collect(Collectors.joining("\n"));
            String extraStage = own.isEmpty() ? s.checks().get(s.checks().size() - 1).stage() : own.get(0).stage();
            int weight = kept == null || kept.weight() == null ? s.defaultWeight() : kept.weight();
            core.add(new SkillRow(s.key(), s.label(), s.summary(), kept != null, weight, checks, extra, extraStage,
                    join(errors.get("skills." + s.key()), errors.get("weights." + s.key()))));
        }
        List<CustomRow> custom = new ArrayList<>();
        String lastStage = content.vetting().stages().get(content.vetting().stages().size() - 1).key();
        for (ChecklistDraft.SkillDraft s : draft.skills()) {
            if (s.custom()) {
                custom.add(new CustomRow(custom.size(), s.label(), s.weight() == null ? 3 : s.weight(),
                        s.checks().isEmpty() ? lastStage : s.checks().get(0).stage(),
                        s.checks().stream().map(ChecklistDraft.CheckDraft::text).collect(Collectors.joining("\n")),
                        join(errors.get("custom." + s.key()), errors.get("weights." + s.key()))));
            }
        }
        for (int i = 0; i < ChecklistForm.CUSTOM_ROWS; i++) {
            custom.add(new CustomRow(custom.size(), "", 3, lastStage, "", null));
        }
        List<StageRow> stages = new ArrayList<>();
        for (VettingProcess.Stage s : content.vetting().stages()) {
            ChecklistDraft.StageDraft kept = draft.stage(s.key());
            String minutes = kept == null ? String.valueOf(s.minutes()) : kept.minutes() == null ? "" : String.valueOf(kept.minutes());
            stages.add(new StageRow(s.key(), s.label(), kept != null, minutes, s.purpose(), errors.get("minutes." + s.key())));
        }
        return new BuilderView(draft.role(), draft.level(), draft.decisionId(), decisionTitle, core, custom, stages,
                content.skills().levels(), List.of(1, 2, 3, 4, 5));
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }
}
