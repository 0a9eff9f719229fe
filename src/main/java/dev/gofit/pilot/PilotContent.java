package dev.gofit.pilot;

import dev.gofit.content.ContentLoader;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/** Loads {@code content/pilot.yaml} at start-up, cross-checks it, and keeps it in memory. */
@Startup
@ApplicationScoped
public class PilotContent {

    static final String FILE = "pilot.yaml";
    static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([A-Za-z0-9]+)}");
    private static final Set<String> HYPOTHESIS_PLACEHOLDERS = Set.of("service", "p95Target", "throughputTarget",
            "concurrency", "because");

    private final PilotTemplates templates;
    private final PilotDrafter drafter;

    public PilotContent(ContentLoader loader) {
        this.templates = loader.yaml(FILE, PilotTemplates.class);
        String problem = crossCheck(templates);
        if (problem != null) {
            throw loader.problemAt(FILE, yamlPath(templates, problem), problem);
        }
        this.drafter = new PilotDrafter(templates);
    }

    public PilotTemplates templates() {
        return templates;
    }

    public PilotDrafter drafter() {
        return drafter;
    }

    /**
     * The YAML path a cross-check problem starts with ("days[3]: ..." gives {@code days[3]}); a metric the
     * problem names by key ("metrics.p95.when: ...") becomes its place in the list.
     */
    static String yamlPath(PilotTemplates t, String problem) {
        String path = problem.substring(0, Math.max(0, problem.indexOf(':')));
        Matcher metric = java.util.regex.Pattern.compile("metrics\\.([^.]+)(.*)").matcher(path);
        if (metric.matches()) {
            for (int i = 0; i < t.metrics().size(); i++) {
                if (t.metrics().get(i).key().equals(metric.group(1))) {
                    return "metrics[" + i + "]" + metric.group(2);
                }
            }
            return "metrics";
        }
        return path;
    }

    /** Checks what Bean Validation cannot: order, references, and consistent targets; null when fine. */
    static String crossCheck(PilotTemplates t) {
        Matcher matcher = PLACEHOLDER.matcher(t.hypothesis());
        while (matcher.find()) {
            if (!HYPOTHESIS_PLACEHOLDERS.contains(matcher.group(1))) {
                return "hypothesis: unknown placeholder {" + matcher.group(1) + "} (known: " + HYPOTHESIS_PLACEHOLDERS + ")";
            }
        }
        for (int i = 0; i < t.days().size(); i++) {
            PilotTemplates.DayTemplate day = t.days().get(i);
            if (day.day() != i + 1) {
                return "days[" + i + "]: expected day " + (i + 1) + " but found day " + day.day();
            }
            String week = day.day() <= 5 ? "build" : "validate";
            if (!day.week().equals(week)) {
                return "days[" + i + "]: day " + day.day() + " belongs to week \"" + week + "\"";
            }
        }
        if (t.checkpoints().stream().noneMatch(c -> c.day() == 5 && c.kind().equals("checkpoint"))) {
            return "checkpoints: day 5 must be the mid-point checkpoint (kind: checkpoint)";
        }
        if (t.checkpoints().stream().noneMatch(c -> c.day() == 10 && c.kind().equals("go-no-go"))) {
            return "checkpoints: day 10 must be the go / no-go meeting (kind: go-no-go)";
        }
        String when = checkWhenKeys("load.when", t.load().when());
        if (when != null) {
            return when;
        }
        Set<String> keys = new HashSet<>();
        for (PilotTemplates.MetricTemplate m : t.metrics()) {
            if (!keys.add(m.key())) {
                return "metrics: duplicate key " + m.key();
            }
            when = checkWhenKeys("metrics." + m.key() + ".when", m.when());
            if (when != null) {
                return when;
            }
        }
        for (String source : List.of("load-p95", "load-throughput")) {
            if (t.metrics().stream().filter(m -> m.source().equals(source)).count() != 1) {
                return "metrics: exactly one metric must have source " + source;
            }
        }
        for (PilotTemplates.RiskTemplate r : t.risks()) {
            if (r.when() != null && !PilotTemplates.ANSWER_KEYS.contains(r.when())) {
                return "risks: unknown answer \"" + r.when() + "\" in when (known: " + PilotTemplates.ANSWER_KEYS + ")";
            }
        }
        // Every combination of answers must draft metrics whose minimum lies between baseline side and target.
        PilotDrafter drafter = new PilotDrafter(t);
        for (int mask = 0; mask < 16; mask++) {
            List<String> yes = new java.util.ArrayList<>();
            for (int bit = 0; bit < 4; bit++) {
                if ((mask & (1 << bit)) != 0) {
                    yes.add(PilotTemplates.ANSWER_KEYS.get(bit));
                }
            }
            for (PilotDraft.Metric m : drafter.metrics(yes)) {
                boolean lower = m.better().equals("lower");
                if (lower ? m.target() > m.minimum() : m.target() < m.minimum()) {
                    return "metrics." + m.key() + ": with yes to " + yes + " the target " + PilotDrafter.number(m.target())
                            + " is less demanding than the minimum " + PilotDrafter.number(m.minimum());
                }
            }
        }
        return null;
    }

    private static String checkWhenKeys(String where, Map<String, ?> when) {
        if (when == null) {
            return null;
        }
        for (String key : when.keySet()) {
            if (!PilotTemplates.ANSWER_KEYS.contains(key)) {
                return where + ": unknown answer \"" + key + "\" (known: " + PilotTemplates.ANSWER_KEYS + ")";
            }
        }
        return null;
    }
}
