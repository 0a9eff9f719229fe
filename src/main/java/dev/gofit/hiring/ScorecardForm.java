package dev.gofit.hiring;

import org.jboss.resteasy.reactive.RestForm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The scorecard form as posted: one {@code rating=skillKey:n} select per rated skill. */
public record ScorecardForm(@RestForm String stage, @RestForm String interviewer, @RestForm String overall,
                            @RestForm String notes, @RestForm List<String> rating) {

    /** The request this form describes; a rating that is not a number arrives as 0 so validation names it. */
    public ScorecardRequest toRequest() {
        Map<String, Integer> ratings = new HashMap<>();
        for (String value : rating == null ? List.<String>of() : rating) {
            int cut = value == null ? -1 : value.lastIndexOf(':');
            if (cut > 0) {
                Integer n = ChecklistForm.number(value.substring(cut + 1));
                ratings.put(value.substring(0, cut), n == null ? 0 : n);
            }
        }
        return new ScorecardRequest(stage, interviewer == null ? "" : interviewer, overall == null ? "" : overall, ratings,
                notes);
    }
}
