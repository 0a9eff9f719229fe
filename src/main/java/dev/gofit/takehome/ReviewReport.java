package dev.gofit.takehome;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a review found, stored as JSON on the review and rendered as page, JSON and PDF.
 * {@code unreachable} is why GoFit could not reach the endpoint at all (then no check ran), or null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewReport(List<CheckResult> checks, LoadStats load, String unreachable) {

    @JsonCreator
    public ReviewReport {
    }

    public ReviewReport(List<CheckResult> checks, LoadStats load) {
        this(checks, load, null);
    }

    public static ReviewReport empty() {
        return new ReviewReport(new ArrayList<>(), null);
    }

    /**
     * One check's verdict, its evidence and what a person needs to replay it. {@code verdict} is the
     * one sentence a reader needs first (null in reports made before it existed: see {@link #headline()}).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CheckResult(String name, String title, Outcome outcome, String evidence, long durationMs,
                              String curl, List<Timeline> timelines, String verdict) {

        @JsonCreator
        public CheckResult {
        }

        public CheckResult(String name, String title, Outcome outcome, String evidence, long durationMs,
                           String curl, List<Timeline> timelines) {
            this(name, title, outcome, evidence, durationMs, curl, timelines, null);
        }

        /** The verdict sentence, or for an older report the evidence's first sentence. */
        public String headline() {
            if (verdict != null) {
                return verdict;
            }
            String e = evidence == null ? "" : evidence;
            int end = e.indexOf(". ");
            return end < 0 ? e : e.substring(0, end + 1);
        }

        /** The same result with its verdict sentence. */
        public CheckResult withVerdict(String sentence) {
            return new CheckResult(name, title, outcome, evidence, durationMs, curl, timelines, sentence);
        }

        public boolean passed() {
            return outcome == Outcome.PASS;
        }

        public String badge() {
            return outcome.badge();
        }
    }

    /** One request to the endpoint and the two upstream calls it made, in ms from when it was sent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Timeline(String label, long answerMs, String answer, List<Span> spans) {
    }

    /** One upstream call on a timeline; {@code end} says how it ended ("200", "hung up", "open"). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Span(String source, long startMs, long endMs, String end) {
    }

    /** Figures of the load check (names as in the README's review JSON and `/q/openapi`), plus what the page needs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LoadStats(int requests, int concurrency, int correct, int errors, long p50Ms, long p95Ms, long p99Ms,
                            long maxMs, double throughputRps, long idealMs, int sent, int wrong, int crossTalk,
                            long wallMs) {
    }
}
