package dev.gofit.hiring;

import dev.gofit.system.Markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything an interviewer needs for one checklist, per stage: timing, the checks with their
 * questions, what a strong answer shows and red flags; plus the job-description snippet. Built
 * from the checklist and the content; rendered by the kit page, the Markdown and the PDF alike.
 */
public record InterviewKit(long id, String role, String level, String levelLabel, String levelExpectation,
                           int totalMinutes, List<SkillLine> skills, List<StageKit> stages, JobDescription job) {

    /** A skill in the overview: its weight and its checks with stages. */
    public record SkillLine(String key, String label, int weight, boolean custom, String summary, List<CheckLine> checks) {
    }

    public record CheckLine(String text, String stage, String stageLabel) {
    }

    /** One stage's kit. */
    public record StageKit(String key, String label, int minutes, String purpose, List<Slot> agenda,
                           List<KitItem> items, List<VettingProcess.Prompt> prompts) {
    }

    /** A time slot, from {@code start} to {@code end} minutes. */
    public record Slot(int start, int end, String activity) {
    }

    /** A check to cover in a stage; content material is empty for the manager's own items. */
    public record KitItem(String skillLabel, int weight, String check, List<String> questions, String strong,
                          List<String> redFlags) {

        public boolean hasMaterial() {
            return !questions.isEmpty();
        }
    }

    /** "Define your ideal developer": an intro, one line per skill (heaviest first), the process. */
    public record JobDescription(String title, String intro, List<String> bullets, String process) {

        public String markdown() {
            // Plain text on the page, so plain text here too: the role and custom skills are typed by users.
            StringBuilder sb = new StringBuilder("**").append(Markdown.inline(title)).append("**\n\n")
                    .append(Markdown.inline(intro)).append("\n\nWhat you bring:\n\n");
            bullets.forEach(b -> sb.append("- ").append(Markdown.inline(b)).append('\n'));
            return sb.append('\n').append(Markdown.inline(process)).append('\n').toString();
        }
    }

    public static InterviewKit of(Checklist c, HiringContent content) {
        SkillCatalog catalog = content.skills();
        SkillCatalog.Level level = catalog.level(c.level);
        List<SkillLine> skills = new ArrayList<>();
        for (ChecklistSkill s : c.skills) {
            SkillCatalog.Skill core = s.custom ? null : catalog.skill(s.skillKey);
            skills.add(new SkillLine(s.skillKey, s.label, s.weight, s.custom, core == null ? "" : core.summary(),
                    s.checks.stream().map(k -> new CheckLine(k.text, k.stage, stageLabel(content, k.stage))).toList()));
        }
        List<StageKit> stages = new ArrayList<>();
        for (StageSlot slot : c.stages) {
            VettingProcess.Stage stage = content.vetting().stage(slot.stageKey);
            if (stage == null) {
                continue;
            }
            List<KitItem> items = new ArrayList<>();
            for (ChecklistSkill s : c.skills) {
                for (ChecklistCheck k : s.checks) {
                    if (!k.stage.equals(slot.stageKey)) {
                        continue;
                    }
                    SkillCatalog.Check material = s.custom ? null : catalog.check(s.skillKey, k.checkKey);
                    items.add(material == null
                            ? new KitItem(s.label, s.weight, k.text, List.of(), "", List.of())
                            : new KitItem(s.label, s.weight, k.text, material.questions(), material.strong(), material.redFlags()));
                }
            }
            // The heaviest skills first: with little time left, the interviewer covers what matters most.
            items.sort(Comparator.comparingInt(KitItem::weight).reversed());
            stages.add(new StageKit(stage.key(), stage.label(), slot.minutes, stage.purpose(),
                    scale(stage.agenda(), stage.minutes(), slot.minutes), items, stage.promptList()));
        }
        int total = c.stages.stream().mapToInt(s -> s.minutes).sum();
        String levelLabel = level == null ? c.level : level.label();
        String expectation = level == null ? "" : level.expectation();
        return new InterviewKit(c.id == null ? 0 : c.id, c.roleTitle, c.level, levelLabel, expectation, total, skills,
                stages, job(c, content, levelLabel, expectation));
    }

    /** Scales the content agenda (written for its default duration) to the checklist's duration. */
    static List<Slot> scale(List<VettingProcess.AgendaItem> agenda, int defaultMinutes, int minutes) {
        List<Slot> slots = new ArrayList<>();
        int start = 0;
        int planned = 0;
        for (int i = 0; i < agenda.size(); i++) {
            planned += agenda.get(i).minutes();
            int end = i == agenda.size() - 1 ? minutes : Math.round((float) planned * minutes / defaultMinutes);
            slots.add(new Slot(start, Math.max(start, end), agenda.get(i).activity()));
            start = Math.max(start, end);
        }
        return slots;
    }

    private static JobDescription job(Checklist c, HiringContent content, String levelLabel, String expectation) {
        List<String> bullets = new ArrayList<>();
        c.skills.stream().sorted(Comparator.comparingInt((ChecklistSkill s) -> s.weight).reversed()).forEach(s -> {
            SkillCatalog.Skill core = s.custom ? null : content.skills().skill(s.skillKey);
            bullets.add(core != null ? core.jobDescription() : "Hands-on experience with " + s.label + ".");
        });
        String intro = "We are hiring a " + levelLabel.toLowerCase(java.util.Locale.ROOT) + " Go engineer. " + expectation;
        List<String> steps = new ArrayList<>();
        for (StageSlot slot : c.stages) {
            VettingProcess.Stage stage = content.vetting().stage(slot.stageKey);
            if (stage != null) {
                steps.add("take-home".equals(stage.key())
                        ? "a take-home exercise (about " + hours(slot.minutes) + " of your time)"
                        : "a " + slot.minutes + "-minute " + stage.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        String process = steps.isEmpty() ? "" : "Our process: " + String.join(", then ", steps)
                + ". Every candidate gets the same questions and is scored against the same checklist.";
        return new JobDescription(c.roleTitle, intro, bullets, process);
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? (minutes / 60) + (minutes == 60 ? " hour" : " hours") : minutes + " minutes";
    }

    private static String stageLabel(HiringContent content, String key) {
        VettingProcess.Stage stage = content.vetting().stage(key);
        return stage == null ? key : stage.label();
    }
}
