package dev.gofit.decision;

import dev.gofit.matrix.FlipFinder;
import dev.gofit.matrix.MatrixDefinition;
import dev.gofit.system.Markdown;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a decision as an Architecture Decision Record in the MADR layout (plain Java): front
 * matter (status, date, MADR 4 decision-makers, consulted, informed), context, decision drivers (the four questions with answers and
 * evidence), considered options, outcome with consequences and confirmation, pros and cons of each
 * option from the matrix, and more information (weights, what would flip the ranking).
 */
public final class AdrWriter {

    private AdrWriter() {
    }

    /**
     * What the ADR is written from. The people are names joined by commas (MADR 4 front matter; consulted and informed
     * may be empty); {@code confirmation} is Markdown; {@code pilotUrl} where to scope a pilot.
     */
    public record Input(Decision decision, DecisionEvaluator.Evaluation evaluation, Framework framework,
                        String decisionMakers, String consulted, String informed,
                        String confirmation, String pilotUrl, Decision supersededBy) {
    }

    /** The ADR: front matter fields and the Markdown body; {@link #markdown()} joins them. */
    public record Adr(Map<String, String> frontMatter, String title, String body) {
        public String markdown() {
            StringBuilder sb = new StringBuilder("---\n");
            frontMatter.forEach((k, v) -> sb.append(k).append(": ").append(yamlValue(v)).append('\n'));
            return sb.append("---\n\n").append("# ").append(Markdown.inline(title)).append("\n\n").append(body).toString();
        }
    }

    /** The chosen option: the deciders' choice once accepted, else the top of the ranking. */
    public static String chosen(Decision d, DecisionEvaluator.Evaluation e) {
        return d.chosenOption != null ? d.chosenOption : e.matrix().first();
    }

    public static Adr write(Input in) {
        Decision d = in.decision();
        DecisionEvaluator.Evaluation e = in.evaluation();
        MatrixDefinition m = e.matrix().definition();
        String chosen = chosen(d, e);
        String chosenName = m.languageName(chosen);

        Map<String, String> front = new LinkedHashMap<>();
        front.put("status", status(d, in.supersededBy()));
        front.put("date", d.updatedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        front.put("decision-makers", in.decisionMakers());
        if (in.consulted() != null && !in.consulted().isBlank()) {
            front.put("consulted", in.consulted());
        }
        if (in.informed() != null && !in.informed().isBlank()) {
            front.put("informed", in.informed());
        }
        front.put("revision", String.valueOf(d.revision));

        StringBuilder b = new StringBuilder();
        b.append("## Context and Problem Statement\n\n");
        b.append(d.description != null ? d.description.strip() : "Which language should " + Markdown.inline(d.title) + " be built in: "
                + String.join(", ", e.options().stream().map(m::languageName).toList()) + "?").append("\n\n");
        if (d.teamContext != null) {
            b.append("Team context: ").append(line(d.teamContext)).append("\n\n");
        }

        b.append("## Decision Drivers\n\n");
        for (Framework.Question q : in.framework().questions()) {
            Boolean answer = e.answers().get(q.key());
            b.append("* ").append(q.title()).append(" — ").append(q.prompt()).append(" **")
                    .append(answer == null ? "Not answered" : answer ? "Yes" : "No").append("**");
            String note = d.note(q.key());
            if (note != null) {
                b.append(". Evidence: ").append(line(note));
            }
            b.append('\n');
        }
        for (Framework.Caution c : in.framework().cautions()) {
            Boolean answer = e.answers().get(c.key());
            b.append("* Caution: ").append(c.title()).append(" (points to ").append(m.languageName(c.alternative()))
                    .append(") — **").append(answer == null ? "Not answered" : answer ? "Yes" : "No").append("**\n");
        }
        b.append('\n');

        b.append("## Considered Options\n\n");
        for (String language : e.options()) {
            b.append("* ").append(m.languageName(language)).append('\n');
        }
        b.append('\n');

        b.append("## Decision Outcome\n\n");
        String first = e.matrix().first();
        b.append("Chosen option: \"").append(chosenName).append("\", because ");
        if (!chosen.equals(first)) {
            b.append("the deciders chose it although the matrix ranks ").append(m.languageName(first)).append(" first")
                    .append(d.rationale != null ? ": " + line(d.rationale) : ".").append("\n\n");
        } else {
            b.append("it ranks first in the decision matrix (").append(format(e.matrix().scores().scores().get(chosen)))
                    .append(" of 5)").append(e.divergence() == null ? " and the Go-fit verdict agrees." : ".")
                    .append(d.rationale != null ? " Rationale: " + line(d.rationale) : "").append("\n\n");
        }
        b.append("Verdict: ").append(e.verdict().label()).append(". ").append(e.reasons().get(0))
                .append(" Matrix ranking: ").append(rankingLine(e, m)).append(".\n\n");
        if (!DecisionModel.agrees(e.verdict(), e.alternatives(), chosen)) {
            b.append("The chosen option differs from the verdict (").append(e.verdict().label()).append(").\n\n");
        }
        if (e.divergence() != null) {
            b.append("Divergence: ").append(e.divergence()).append("\n\n");
        }
        for (String reason : e.reasons().subList(1, e.reasons().size())) {
            b.append("* ").append(line(reason)).append('\n');
        }
        b.append('\n');

        b.append("### Consequences\n\n");
        for (MatrixDefinition.Criterion c : m.criteria()) {
            if (c.score(chosen) >= 4 && e.matrix().weight(c.key()) > 0) {
                b.append("* Good, because ").append(lowerFirst(c.label())).append(": ").append(c.note(chosen)).append('\n');
            }
        }
        for (MatrixDefinition.Criterion c : m.criteria()) {
            if (c.score(chosen) <= 2 && e.matrix().weight(c.key()) > 0) {
                b.append("* Bad, because ").append(lowerFirst(c.label())).append(": ").append(c.note(chosen)).append('\n');
            }
        }
        if (chosen.equals("go")) {
            for (Framework.Pitfall p : in.framework().pitfalls()) {
                b.append("* Bad, because of ").append(lowerFirst(p.title())).append(": ").append(line(p.text()))
                        .append(" Mitigation: ").append(line(p.mitigation())).append('\n');
            }
            for (Framework.Caution c : in.framework().cautions()) {
                if (Boolean.TRUE.equals(e.answers().get(c.key()))) {
                    b.append("* Bad, because ").append(lowerFirst(c.reason())).append(" Consider ")
                            .append(m.languageName(c.alternative())).append(" for that part of the work.\n");
                }
            }
        }
        b.append('\n');

        b.append("### Confirmation\n\n");
        if (in.confirmation() != null) {
            b.append(in.confirmation().strip()).append("\n\n");
        } else {
            b.append("Not confirmed yet. Run a two-week pilot of one service in ").append(chosenName)
                    .append(" with success metrics for performance and team productivity, review them at the mid-point ")
                    .append("checkpoint and decide go / no-go at the end: scope it at <").append(in.pilotUrl()).append(">.\n\n");
        }

        b.append("## Pros and Cons of the Options\n\n");
        List<String> ranking = e.matrix().scores().ranking();
        for (String language : ranking) {
            b.append("### ").append(m.languageName(language)).append("\n\n");
            b.append("Weighted score ").append(format(e.matrix().scores().scores().get(language))).append(" of 5 (rank ")
                    .append(ranking.indexOf(language) + 1).append(" of ").append(ranking.size()).append(").\n\n");
            for (MatrixDefinition.Criterion c : m.criteria()) {
                int score = c.score(language);
                String kind = score >= 4 ? "Good" : score == 3 ? "Neutral" : "Bad";
                b.append("* ").append(kind).append(", because ").append(lowerFirst(c.label())).append(": ")
                        .append(c.note(language)).append(" (").append(score).append("/5, weight ")
                        .append(e.matrix().weight(c.key())).append(")\n");
            }
            b.append('\n');
        }

        b.append("## More Information\n\n");
        b.append("Weights (0–5): ");
        b.append(String.join(", ", m.criteria().stream()
                .map(c -> c.label() + " " + e.matrix().weight(c.key())).toList()));
        b.append(e.customWeights() ? " (adjusted by the deciders).\n\n" : d.teamContextOrNull() != null
                ? " (derived from the answers and the team context).\n\n" : " (derived from the answers).\n\n");
        if (!e.agreement().isEmpty()) {
            b.append("To agree with the verdict for these options, the derived weights moved: ")
                    .append(String.join(", ", e.agreement().stream().map(c -> label(m, c.criterion()) + " " + c.from()
                            + " → " + c.to()).toList())).append(".\n\n");
        }
        b.append("What would flip the ranking: ").append(flipSentence(e.matrix().flips(), m, e)).append("\n\n");
        b.append("Verdict rules: two or more \"yes\" answers to the four Go-fit questions make Go a top contender; ")
                .append("a caution (ML prototyping → Python, low-level memory control → Rust) adds caveats; ")
                .append("fewer than two \"yes\" answers mean Go is not indicated.")
                .append(" Recorded with GoFit, decision ").append(d.id).append(", revision ").append(d.revision).append(".\n");
        return new Adr(front, d.title, b.toString());
    }

    /** "Python first if Performance goes from 4 to 1" style sentence for the smallest flip, or why there is none. */
    public static String flipSentence(List<FlipFinder.Flip> flips, MatrixDefinition m, DecisionEvaluator.Evaluation e) {
        if (flips.isEmpty()) {
            return "no weights from 0 to 5 put another language strictly first; the ranking holds whatever the weights.";
        }
        return describe(flips.get(0), m, e.matrix().first()) + ".";
    }

    /**
     * One flip in words, e.g. "Rust would come first if Memory control went from 0 to 4 (Rust 3.90, Go 3.80)";
     * a change of several weights lists them all and says how many steps that is in all.
     */
    public static String describe(FlipFinder.Flip flip, MatrixDefinition m, String first) {
        StringBuilder sb = new StringBuilder(m.languageName(flip.language())).append(" would come first if ");
        List<FlipFinder.Change> changes = flip.changes();
        for (int i = 0; i < changes.size(); i++) {
            FlipFinder.Change c = changes.get(i);
            String label = m.criteria().stream().filter(x -> x.key().equals(c.criterion())).findFirst().orElseThrow().label();
            sb.append(i == 0 ? "" : i == changes.size() - 1 ? " and " : ", ").append(label)
                    .append(i == 0 ? " went" : "").append(" from ").append(c.from()).append(" to ").append(c.to());
        }
        if (changes.size() > 1) {
            sb.append(", ").append(flip.size()).append(" steps in all");
        }
        sb.append(" (").append(m.languageName(flip.language())).append(' ').append(format(flip.scoresAfter().get(flip.language())))
                .append(", ").append(m.languageName(first)).append(' ').append(format(flip.scoresAfter().get(first))).append(')');
        return sb.toString();
    }

    private static String label(MatrixDefinition m, String criterion) {
        return m.criteria().stream().filter(x -> x.key().equals(criterion)).findFirst().map(MatrixDefinition.Criterion::label)
                .orElse(criterion);
    }

    public static String format(Double score) {
        return String.format(Locale.ROOT, "%.2f", score == null ? 0.0 : score);
    }

    private static String rankingLine(DecisionEvaluator.Evaluation e, MatrixDefinition m) {
        return String.join(", ", e.matrix().scores().ranking().stream()
                .map(l -> m.languageName(l) + " " + format(e.matrix().scores().scores().get(l))).toList());
    }

    private static String status(Decision d, Decision supersededBy) {
        if (d.status == DecisionStatus.SUPERSEDED && supersededBy != null) {
            return "superseded by decision " + supersededBy.id + " (" + supersededBy.title + ")";
        }
        return d.status.name().toLowerCase(Locale.ROOT);
    }

    private static String line(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String lowerFirst(String text) {
        if (text.isEmpty() || (text.length() > 1 && !Character.isLowerCase(text.charAt(1)))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String yamlValue(String value) {
        return value.matches("[A-Za-z0-9 ._@-]*") ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
