package dev.gofit.hiring;

import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The scorecard form as posted: one {@code rating=skillKey:n} select per rated skill. */
public class ScorecardForm {

    @RestForm
    public String stage;
    @RestForm
    public String interviewer;
    @RestForm
    public String overall;
    @RestForm
    public String notes;
    @RestForm
    public List<String> rating = new ArrayList<>();

    public CandidateService.ScorecardInput toInput() {
        Map<String, Integer> ratings = new HashMap<>();
        for (String value : rating) {
            int cut = value == null ? -1 : value.lastIndexOf(':');
            if (cut > 0) {
                Integer n = ChecklistForm.number(value.substring(cut + 1));
                ratings.put(value.substring(0, cut), n == null ? 0 : n);
            }
        }
        return new CandidateService.ScorecardInput(stage, interviewer == null ? "" : interviewer, Overall.parse(overall),
                ratings, notes);
    }
}
