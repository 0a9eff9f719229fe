package dev.gofit.decision;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A search of the shared decision log (page and API): words in the title, and filters by status, verdict, chosen
 * option and decider (the owner or a named decision-maker, by user id). Blank means "any".
 */
public record LogQuery(
        @RestQuery @Size(max = 200) String q,
        @RestQuery @Pattern(regexp = "|DRAFT|PROPOSED|ACCEPTED|REJECTED|SUPERSEDED", message = "must be a decision status") String status,
        @RestQuery @Pattern(regexp = "|GO_TOP_CONTENDER|GO_WITH_CAVEATS|GO_NOT_INDICATED", message = "must be a verdict") String verdict,
        @RestQuery @Pattern(regexp = "[a-z0-9-]{0,40}", message = "must be an option key") String chosen,
        @RestQuery Long decider) {

    public static LogQuery all() {
        return new LogQuery(null, null, null, null, null);
    }

    public String text() {
        return q == null ? "" : q.strip();
    }

    boolean matches(Decision d) {
        return (text().isEmpty() || d.title.toLowerCase(java.util.Locale.ROOT).contains(text().toLowerCase(java.util.Locale.ROOT)))
                && (blank(status) || d.status.name().equals(status))
                && (blank(verdict) || d.status != DecisionStatus.DRAFT && d.verdict().name().equals(verdict))
                && (blank(chosen) || chosen.equals(d.chosenOption))
                && (decider == null || d.owner.id.equals(decider) || d.decisionMakerIds().contains(decider));
    }

    public boolean filtered() {
        return !text().isEmpty() || !blank(status) || !blank(verdict) || !blank(chosen) || decider != null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
