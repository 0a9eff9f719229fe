package dev.gofit.pilot;

import dev.gofit.decision.Answers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Drafts a pilot from the templates and the decision's "yes" answers: hypothesis, scope,
 * ten working days, metrics with baseline / minimum / target, risks and criteria.
 * Plain Java, so the derivation is unit-tested without booting.
 */
public final class PilotDrafter {

    public static final int PILOT_DAYS = 10;

    private final PilotTemplates templates;

    public PilotDrafter(PilotTemplates templates) {
        this.templates = templates;
    }

    /** The "yes" answer keys in the fixed order of {@link PilotTemplates#ANSWER_KEYS}; none without a decision. */
    public static List<String> yesKeys(Answers answers) {
        if (answers == null) {
            return List.of();
        }
        List<String> yes = new ArrayList<>();
        if (Boolean.TRUE.equals(answers.concurrency())) {
            yes.add("concurrency");
        }
        if (Boolean.TRUE.equals(answers.ioPerformance())) {
            yes.add("ioPerformance");
        }
        if (Boolean.TRUE.equals(answers.simpleDeployment())) {
            yes.add("simpleDeployment");
        }
        if (Boolean.TRUE.equals(answers.servicesOrTooling())) {
            yes.add("servicesOrTooling");
        }
        return yes;
    }

    public PilotDraft draft(String service, LocalDate start, Answers answers, Set<LocalDate> holidays) {
        return draft(service, start, answers, Map.of(), holidays);
    }

    /**
     * @param notes the decision's evidence notes by question key; the figures they state
     *              ({@link EvidenceParser}) become targets, each saying where it came from
     */
    public PilotDraft draft(String service, LocalDate start, Answers answers, Map<String, String> notes,
                            Set<LocalDate> holidays) {
        List<String> yes = yesKeys(answers);
        EvidenceTargets evidence = EvidenceTargets.of(notes);
        List<PilotDraft.Metric> metrics = metrics(yes).stream().map(evidence::apply).toList();
        int concurrency = templates.load().concurrency();
        int requests = templates.load().requests();
        for (String key : yes) {
            PilotTemplates.LoadAdjust adjust = when(templates.load().when(), key);
            if (adjust != null) {
                concurrency = adjust.concurrency() != null ? Math.max(concurrency, adjust.concurrency()) : concurrency;
                requests = adjust.requests() != null ? Math.max(requests, adjust.requests()) : requests;
            }
        }
        String concurrencyOrigin = null;
        if (evidence.concurrency() != null && evidence.concurrency().value() > concurrency) {
            concurrency = (int) Math.min(Integer.MAX_VALUE, evidence.concurrency().value());
            concurrencyOrigin = evidence.origin(evidence.concurrency());
        }
        String hypothesis = hypothesis(service, yes, metrics, concurrency);
        List<PilotDraft.Risk> risks = templates.risks().stream()
                .filter(r -> r.when() == null || yes.contains(r.when()))
                .map(r -> new PilotDraft.Risk(r.risk(), r.mitigation())).toList();
        List<String> scopeIn = templates.scopeIn().stream().map(s -> fill(s, Map.of("service", service))).toList();
        List<String> scopeOut = templates.scopeOut().stream().map(s -> fill(s, Map.of("service", service))).toList();
        return new PilotDraft(hypothesis, scopeIn, scopeOut, days(start, holidays), metrics, risks,
                List.copyOf(templates.criteria()), concurrency, requests, concurrencyOrigin);
    }

    /** The ten working days from {@code start}, each with the template's focus and kind. */
    public List<PilotDraft.Day> days(LocalDate start, Set<LocalDate> holidays) {
        List<LocalDate> dates = WorkingDays.from(start, PILOT_DAYS, holidays);
        List<PilotDraft.Day> days = new ArrayList<>(PILOT_DAYS);
        for (PilotTemplates.DayTemplate t : templates.days()) {
            String kind = templates.checkpoints().stream().filter(c -> c.day() == t.day())
                    .map(PilotTemplates.Checkpoint::kind).findFirst().orElse("work");
            days.add(new PilotDraft.Day(t.day(), dates.get(t.day() - 1), t.week(), t.focus(), kind));
        }
        return days;
    }

    /** The metric catalogue with every "yes" answer's adjustments applied in order. */
    public List<PilotDraft.Metric> metrics(List<String> yes) {
        List<PilotDraft.Metric> metrics = new ArrayList<>();
        for (PilotTemplates.MetricTemplate m : templates.metrics()) {
            double baseline = m.baseline();
            double minimum = m.minimum();
            double target = m.target();
            boolean lower = "lower".equals(m.better());
            for (String key : yes) {
                PilotTemplates.Adjust adjust = when(m.when(), key);
                if (adjust != null) {
                    // Several "yes" answers may raise the same metric: the most demanding figure wins.
                    baseline = adjust.baseline() != null ? adjust.baseline() : baseline;
                    minimum = adjust.minimum() == null ? minimum : demanding(lower, minimum, adjust.minimum());
                    target = adjust.target() == null ? target : demanding(lower, target, adjust.target());
                }
            }
            metrics.add(new PilotDraft.Metric(m.key(), m.name(), m.category(), m.unit(), m.better(), m.source(),
                    m.howMeasured(), baseline, minimum, target));
        }
        return metrics;
    }

    private String hypothesis(String service, List<String> yes, List<PilotDraft.Metric> metrics, int concurrency) {
        // The first two reasons only: a hypothesis reads as one or two sentences, not a chain of "and".
        String because = yes.isEmpty() ? templates.because().none()
                : String.join(" and ", yes.stream().limit(2).map(k -> templates.because().of(k)).toList());
        return fill(templates.hypothesis(), Map.of(
                "service", service,
                "p95Target", number(targetOf(metrics, "load-p95")),
                "throughputTarget", number(targetOf(metrics, "load-throughput")),
                "concurrency", Integer.toString(concurrency),
                "because", because));
    }

    private static double targetOf(List<PilotDraft.Metric> metrics, String source) {
        return metrics.stream().filter(m -> m.source().equals(source)).mapToDouble(PilotDraft.Metric::target)
                .findFirst().orElse(0);
    }

    /** Replaces {name} placeholders; unknown ones are left as they are (start-up checks the templates). */
    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PilotContent.PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(sb, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(sb);
        return sb.toString();
    }

    /** A figure without a useless ".0". */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.valueOf(Math.round(value * 100) / 100.0);
    }

    private static double demanding(boolean lower, double current, double proposed) {
        return lower ? Math.min(current, proposed) : Math.max(current, proposed);
    }

    private static <T> T when(Map<String, T> when, String key) {
        return when == null ? null : when.get(key);
    }
}
