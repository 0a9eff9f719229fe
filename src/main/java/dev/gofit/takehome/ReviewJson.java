package dev.gofit.takehome;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The JSON view of a review (README "Take-home reviews and candidate invites"; `/q/openapi`), with the report URLs added. {@code score} and {@code load} are
 * always present (null until known), as the README shows them; the extras are left out when empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewJson(long id, String endpoint, String label, String status, int progress,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Integer score,
                         List<Check> checks,
                         @JsonInclude(JsonInclude.Include.ALWAYS) ReviewReport.LoadStats load,
                         String failure, Long durationMs) {

    /** One check as the API shows it. */
    public record Check(String name, String outcome, String evidence, long durationMs, String curl) {
    }

    public static ReviewJson of(Review r) {
        ReviewReport report = r.report();
        List<Check> checks = report.checks().stream()
                .map(c -> new Check(c.name(), c.outcome().name(), c.evidence(), c.durationMs(), c.curl())).toList();
        return new ReviewJson(r.id, r.endpoint, r.label, r.status.name(), r.progress, r.score, checks, report.load(),
                r.failure, r.durationMs());
    }
}
