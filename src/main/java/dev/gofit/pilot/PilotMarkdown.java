package dev.gofit.pilot;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The pilot as Markdown: the charter and results export, and the ADR's confirmation section. */
public final class PilotMarkdown {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private PilotMarkdown() {
    }

    public static String charterAndResults(PilotView p, String pilotUrl) {
        StringBuilder md = new StringBuilder();
        md.append("# Pilot: ").append(inline(p.service())).append("\n\n");
        if (p.decisionTitle() != null) {
            md.append("- Decision: ").append(inline(p.decisionTitle())).append(" (#").append(p.decisionId()).append(")\n");
        }
        md.append("- Owner: ").append(inline(orDash(p.owner()))).append("\n");
        md.append("- Team: ").append(inline(orDash(p.team()))).append("\n");
        md.append("- Dates: ").append(DAY.format(p.startDate())).append(" – ").append(DAY.format(p.endDate()))
                .append(" (10 working days)\n");
        md.append("- Checkpoint: ").append(DAY.format(p.checkpointDate())).append("; go / no-go: ")
                .append(DAY.format(p.goNoGoDate())).append("\n");
        md.append("- Outcome: ").append(p.outcomeLabel()).append("\n");
        md.append("- Online: ").append(pilotUrl).append("\n\n");

        md.append("## Hypothesis\n\n").append(inline(p.hypothesis())).append("\n\n");
        md.append("## Scope\n\n### In scope\n\n");
        bullets(md, p.scopeIn());
        md.append("\n### Out of scope\n\n");
        bullets(md, p.scopeOut());

        md.append("\n## Plan\n\n| Day | Date | Focus |\n|---|---|---|\n");
        for (PilotView.Day d : p.days()) {
            md.append("| ").append(d.day()).append(" | ").append(DAY.format(d.date())).append(" | ")
                    .append(d.milestone() ? "**" + d.label() + "** · " : "").append(cell(d.focus())).append(" |\n");
        }

        md.append("\n## Success metrics and results\n\n");
        metricTable(md, p.metrics());
        md.append("\nGoFit's reading: ").append(p.recommendationText()).append("\n");
        if (p.latestMeasurement() != null) {
            md.append("\n").append(measurement(p.latestMeasurement())).append("\n");
        }

        md.append("\n## Risks and mitigations\n\n| Risk | Mitigation |\n|---|---|\n");
        for (PilotView.Risk r : p.risks()) {
            md.append("| ").append(cell(r.risk())).append(" | ").append(cell(r.mitigation())).append(" |\n");
        }
        md.append("\n## Go / no-go criteria\n\n");
        bullets(md, p.criteria());
        return md.toString();
    }

    /** The ADR's "Confirmation" section body: what the pilot showed. */
    public static String confirmation(PilotView p, String pilotUrl) {
        StringBuilder md = new StringBuilder();
        md.append("Confirmed by a two-week pilot, \"").append(inline(p.service())).append("\" (")
                .append(DAY.format(p.startDate())).append(" – ").append(DAY.format(p.endDate()))
                .append("; go / no-go on ").append(DAY.format(p.goNoGoDate())).append("). ");
        md.append(p.metricsMet()).append(" of ").append(p.metrics().size()).append(" metrics met their minimum and ")
                .append(p.targetsMet()).append(" their target. ");
        md.append("Pilot outcome: ").append(p.outcomeLabel()).append(". GoFit's reading: ")
                .append(p.recommendationText()).append("\n\n");
        if (p.closeReason() != null) {
            md.append("Reason given at the close: ").append(inline(p.closeReason())).append("\n\n");
        }
        // A list, not a table: the ADR is also rendered to HTML by a Markdown renderer without tables.
        for (PilotView.Metric m : p.metrics()) {
            md.append("- ").append(cell(m.name())).append(": ")
                    .append(m.actual() == null ? "no figure" : "**" + m.actualText() + " " + cell(m.actualUnit()) + "**")
                    .append(", ").append(m.outcome().label).append(" (").append(m.baseline() == null ? ""
                            : "baseline " + m.baselineText() + ", ").append("minimum ").append(m.minimumText())
                    .append(", target ").append(cell(m.goal())).append(")\n");
        }
        if (p.latestMeasurement() != null) {
            md.append("\n").append(measurement(p.latestMeasurement())).append("\n");
        }
        md.append("\nPilot charter and results: ").append(pilotUrl).append("\n");
        return md.toString();
    }

    /**
     * The checkpoint report of day 5 or 10: every metric's latest figure up to that day against its
     * minimum and target, its figures over the days, the open risks and GoFit's recommendation.
     */
    public static String checkpointReport(PilotReport r, String pilotUrl) {
        PilotView p = r.pilot();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(r.title()).append(": ").append(inline(p.service())).append("\n\n");
        md.append("- Day ").append(r.day()).append(" of 10: ").append(DAY.format(r.date())).append("\n");
        md.append("- Recommendation: **").append(r.recommendation()).append("**\n");
        for (String reason : r.reasons()) {
            md.append("  - ").append(inline(reason)).append("\n");
        }
        md.append("- Online: ").append(pilotUrl).append("\n\n");
        md.append("## Metrics\n\n| Metric | Latest | Minimum | Target | Outcome | Figures over the days |\n|---|---|---|---|---|---|\n");
        for (PilotView.Metric m : r.metrics()) {
            md.append("| ").append(cell(m.name())).append(" | ")
                    .append(m.actual() == null ? "–" : m.actualText() + " " + cell(m.actualUnit())).append(" | ")
                    .append(m.minimumText()).append(" | ").append(cell(m.goal())).append(" | ").append(m.outcome().label)
                    .append(" | ").append(m.runs().isEmpty() ? "none yet" : String.join(" → ", m.runs().stream()
                            .map(x -> PilotDrafter.number(x.value()) + (PilotView.Run.MANUAL.equals(x.source()) ? " (by hand)" : ""))
                            .toList())).append(" |\n");
        }
        md.append("\n## Open risks\n\n| Risk | Mitigation |\n|---|---|\n");
        for (PilotView.Risk risk : p.risks()) {
            md.append("| ").append(cell(risk.risk())).append(" | ").append(cell(risk.mitigation())).append(" |\n");
        }
        return md.toString();
    }

    static String measurement(PilotView.Measurement m) {
        return "Load measured by GoFit on " + DateTimeFormatter.ISO_INSTANT.format(m.measuredAt().truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS)) + ": " + m.method() + " " + inline(m.endpoint()) + ", "
                + m.completed() + " of " + m.requested() + " requests at " + m.concurrency() + " concurrent, "
                + m.ok() + " successful, " + m.errors() + " errors; p50 " + PilotDrafter.number(m.p50Ms()) + " ms, p95 "
                + PilotDrafter.number(m.p95Ms()) + " ms, p99 " + PilotDrafter.number(m.p99Ms()) + " ms, max "
                + PilotDrafter.number(m.maxMs()) + " ms; " + PilotDrafter.number(m.throughputRps()) + " req/s over "
                + m.durationMs() + " ms" + (m.stoppedEarly() ? " (stopped at the time cap)" : "") + "."
                + (m.note() == null ? "" : " " + m.note());
    }

    private static void metricTable(StringBuilder md, List<PilotView.Metric> metrics) {
        md.append("| Metric | Unit | Baseline | Minimum | Target | Result | Outcome |\n|---|---|---|---|---|---|---|\n");
        for (PilotView.Metric m : metrics) {
            md.append("| ").append(cell(m.name())).append(" | ").append(cell(m.unit())).append(" | ")
                    .append(m.baselineText()).append(" | ").append(m.minimumText()).append(" | ")
                    .append(m.targetText()).append(" (").append("lower".equals(m.better()) ? "lower" : "higher")
                    .append(" is better) | ").append(m.actualText()).append(" | ").append(m.outcome().label).append(" |\n");
        }
    }

    private static void bullets(StringBuilder md, List<String> items) {
        for (String item : items) {
            md.append("- ").append(inline(item)).append("\n");
        }
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }

    /** Keeps user text from turning into Markdown structure (HTML, links, headings). */
    static String inline(String s) {
        return dev.gofit.system.Markdown.inline(s);
    }

    static String cell(String s) {
        return inline(s);
    }
}
