package dev.gofit.hiring;

import dev.gofit.content.ContentLoader;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads and cross-checks the hiring content (skills.yaml, vetting.yaml) at start-up, so a broken
 * file stops the application, and keeps it in memory.
 */
@Startup
@ApplicationScoped
public class HiringContent {

    /** The skill keys the JSON API promises (README "Hire"; `/q/openapi`). */
    public static final List<String> CORE_KEYS = List.of("concurrency", "stdlib", "testing", "systems-design", "cloud-native");

    private final SkillCatalog skills;
    private final VettingProcess vetting;

    @Inject
    public HiringContent(ContentLoader loader) {
        this(loader.yaml("skills.yaml", SkillCatalog.class), loader.yaml("vetting.yaml", VettingProcess.class), loader);
    }

    HiringContent(SkillCatalog skills, VettingProcess vetting, ContentLoader loader) {
        this.skills = skills;
        this.vetting = vetting;
        Inconsistency problem = inconsistency(skills, vetting);
        if (problem != null) {
            throw loader == null ? new IllegalStateException(problem.describe())
                    : loader.problemAt(problem.file() + ".yaml", problem.path(), problem.path() + ": " + problem.problem());
        }
    }

    /** For plain unit tests: content bound elsewhere, checked the same way. */
    public static HiringContent of(SkillCatalog skills, VettingProcess vetting) {
        return new HiringContent(skills, vetting, null);
    }

    /** The first inconsistency between the two files, as "file: path: problem", or null. */
    static String crossCheck(SkillCatalog skills, VettingProcess vetting) {
        Inconsistency problem = inconsistency(skills, vetting);
        return problem == null ? null : problem.describe();
    }

    /** What is wrong where: {@code file} is "skills" or "vetting", {@code path} a YAML path in it. */
    record Inconsistency(String file, String path, String problem) {
        String describe() {
            return file + ": " + path + ": " + problem;
        }
    }

    private static Inconsistency inconsistency(SkillCatalog skills, VettingProcess vetting) {
        Set<String> stageKeys = new HashSet<>();
        for (int s = 0; s < vetting.stages().size(); s++) {
            VettingProcess.Stage stage = vetting.stages().get(s);
            if (!stageKeys.add(stage.key())) {
                return new Inconsistency("vetting", "stages[" + s + "].key", "stage key '" + stage.key() + "' is used twice");
            }
            int total = stage.agenda().stream().mapToInt(VettingProcess.AgendaItem::minutes).sum();
            if (total != stage.minutes()) {
                return new Inconsistency("vetting", "stages[" + s + "].minutes", "stage '" + stage.key() + "' agenda adds up to "
                        + total + " minutes, not " + stage.minutes());
            }
        }
        for (int i = 0; i < vetting.ratingScale().size(); i++) {
            if (vetting.ratingScale().get(i).value() != i + 1) {
                return new Inconsistency("vetting", "ratingScale[" + i + "].value",
                        "ratingScale must list the values 1, 2, 3, 4 in order");
            }
        }
        Set<String> skillKeys = new HashSet<>();
        for (int s = 0; s < skills.skills().size(); s++) {
            SkillCatalog.Skill skill = skills.skills().get(s);
            if (!skillKeys.add(skill.key())) {
                return new Inconsistency("skills", "skills[" + s + "].key", "skill key '" + skill.key() + "' is used twice");
            }
            Set<String> checkKeys = new HashSet<>();
            for (int c = 0; c < skill.checks().size(); c++) {
                SkillCatalog.Check check = skill.checks().get(c);
                String at = "skills[" + s + "].checks[" + c + "]";
                if (!checkKeys.add(check.key())) {
                    return new Inconsistency("skills", at + ".key", "check key '" + check.key() + "' is used twice in skill '"
                            + skill.key() + "'");
                }
                if (!stageKeys.contains(check.stage())) {
                    return new Inconsistency("skills", at + ".stage", "check '" + skill.key() + "/" + check.key()
                            + "' names stage '" + check.stage() + "', which vetting.yaml does not define ("
                            + String.join(", ", stageKeys) + ")");
                }
            }
        }
        for (String key : CORE_KEYS) {
            if (!skillKeys.contains(key)) {
                return new Inconsistency("skills", "skills", "the core skill '" + key + "' is missing (the JSON API relies on it)");
            }
        }
        Set<String> levelKeys = new HashSet<>();
        for (int l = 0; l < skills.levels().size(); l++) {
            SkillCatalog.Level level = skills.levels().get(l);
            if (!levelKeys.add(level.key())) {
                return new Inconsistency("skills", "levels[" + l + "].key", "level key '" + level.key() + "' is used twice");
            }
        }
        return null;
    }

    public SkillCatalog skills() {
        return skills;
    }

    public VettingProcess vetting() {
        return vetting;
    }
}
