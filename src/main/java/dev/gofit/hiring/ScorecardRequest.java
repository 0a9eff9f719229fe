package dev.gofit.hiring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * A scorecard as the API or the form sends it. {@code overall}: STRONG_NO, NO, YES or STRONG_YES;
 * {@code ratings}: skill key to 1-4 for the stage's skills. {@code interviewer} names who interviewed when a
 * hiring manager records on someone's behalf; an interviewer's own scorecard carries their account instead.
 * Which stage and skills are valid depends on the candidate's checklist ({@link CandidateService#validate}).
 */
public record ScorecardRequest(
        String stage,
        @Size(max = 120, message = "Name the interviewer (up to 120 characters).") String interviewer,
        @NotNull(message = ScorecardRequest.OVERALL)
        @Pattern(regexp = "(?i)\\s*(strong[ _-])?(no|yes)\\s*", message = ScorecardRequest.OVERALL) String overall,
        Map<String, @NotNull(message = ScorecardRequest.RATING) @Min(value = 1, message = ScorecardRequest.RATING)
                @Max(value = 4, message = ScorecardRequest.RATING) Integer> ratings,
        @Size(max = 4000, message = "Keep the notes under 4,000 characters.") String notes) {

    static final String OVERALL = "Choose an overall recommendation: Strong no, No, Yes or Strong yes.";
    static final String RATING = "Rate from 1 to 4 (there is no middle).";

    public Map<String, Integer> ratingsOrEmpty() {
        return ratings == null ? Map.of() : ratings;
    }

    public Overall overallValue() {
        return Overall.parse(overall);
    }
}
