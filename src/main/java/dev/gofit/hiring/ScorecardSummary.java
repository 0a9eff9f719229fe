package dev.gofit.hiring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A candidate's picture across interviewers, free of framework wiring: each skill's evidence
 * (who rated it what, in which stage), where interviewers agree or not, the recommendations,
 * a weighted score and the gaps still to fill. The take-home's measured results are evidence
 * for concurrency mastery.
 */
public record ScorecardSummary(List<SkillEvidence> skills, List<Recommendation> recommendations,
                               Map<Overall, Integer> overallCounts, String agreement, Integer weightedScore,
                               List<String> gaps, List<TakeHomeResults.Result> takeHome, boolean takeHomeShownUnderSkill) {

    public static final String TAKE_HOME_SKILL = "concurrency";

    /** What the summary is computed from: plain values, so it is tested without a database. */
    public record SkillInput(String key, String label, int weight) {
    }

    public record StageInput(String key, String label) {
    }

    public record CardInput(String stage, String stageLabel, String interviewer, Overall overall, Map<String, Integer> ratings,
                            String notes) {
    }

    /** One rating given to a skill. */
    public record Rated(String interviewer, String stageLabel, int rating) {
    }

    public record SkillEvidence(String key, String label, int weight, List<Rated> ratings, Double mean, String agreement,
                                List<TakeHomeResults.Result> takeHome) {

        public String meanText() {
            return mean == null ? "–" : String.format(Locale.ROOT, "%.1f", mean);
        }

        public boolean disagreement() {
            return agreement.startsWith("Disagree");
        }
    }

    public record Recommendation(String interviewer, String stageLabel, Overall overall, String notes) {
    }

    public static ScorecardSummary of(List<SkillInput> skills, List<StageInput> stages, List<CardInput> cards,
                                      List<TakeHomeResults.Result> takeHome) {
        List<SkillEvidence> evidence = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        double weighted = 0;
        double possible = 0;
        boolean attached = false;
        for (SkillInput skill : skills) {
            List<Rated> rated = new ArrayList<>();
            for (CardInput card : cards) {
                Integer r = card.ratings().get(skill.key());
                if (r != null) {
                    rated.add(new Rated(card.interviewer(), card.stageLabel(), r));
                }
            }
            Double mean = rated.isEmpty() ? null : rated.stream().mapToInt(Rated::rating).average().orElse(0);
            String agreement = agreement(rated);
            if (mean != null) {
                weighted += skill.weight() * mean;
                possible += skill.weight() * 4.0;
            }
            boolean here = TAKE_HOME_SKILL.equals(skill.key());
            attached |= here;
            List<TakeHomeResults.Result> measured = here ? takeHome : List.of();
            if (rated.isEmpty() && measured.isEmpty()) {
                gaps.add("No evidence yet for " + skill.label() + ".");
            } else if (agreement.startsWith("Disagree")) {
                gaps.add("Interviewers disagree on " + skill.label() + " (" + range(rated) + "): discuss before deciding.");
            }
            evidence.add(new SkillEvidence(skill.key(), skill.label(), skill.weight(), rated, mean, agreement, measured));
        }
        for (StageInput stage : stages) {
            if (cards.stream().noneMatch(c -> c.stage().equals(stage.key()))) {
                gaps.add("No scorecard yet for the " + stage.label() + ".");
            }
        }
        Map<Overall, Integer> counts = new EnumMap<>(Overall.class);
        for (Overall o : Overall.values()) {
            counts.put(o, 0);
        }
        List<Recommendation> recommendations = new ArrayList<>();
        for (CardInput card : cards) {
            counts.merge(card.overall(), 1, Integer::sum);
            recommendations.add(new Recommendation(card.interviewer(), card.stageLabel(), card.overall(), card.notes()));
        }
        Integer score = possible == 0 ? null : (int) Math.round(100 * weighted / possible);
        return new ScorecardSummary(evidence, recommendations, counts, overallAgreement(cards), score, gaps,
                takeHome, attached);
    }

    /** "Agree" when all ratings are within one point of each other, "Disagree" when two or more apart. */
    static String agreement(List<Rated> rated) {
        if (rated.isEmpty()) {
            return "Not rated";
        }
        if (rated.size() == 1) {
            return "One rating";
        }
        int min = rated.stream().mapToInt(Rated::rating).min().orElse(0);
        int max = rated.stream().mapToInt(Rated::rating).max().orElse(0);
        return max - min <= 1 ? "Agree" : "Disagree";
    }

    static String overallAgreement(List<CardInput> cards) {
        if (cards.isEmpty()) {
            return "No scorecards yet";
        }
        long yes = cards.stream().filter(c -> c.overall().positive()).count();
        long no = cards.size() - yes;
        if (no == 0) {
            return "Aligned: every interviewer says yes (" + yes + ")";
        }
        if (yes == 0) {
            return "Aligned: every interviewer says no (" + no + ")";
        }
        return "Split: " + yes + " yes, " + no + " no";
    }

    private static String range(List<Rated> rated) {
        int min = rated.stream().mapToInt(Rated::rating).min().orElse(0);
        int max = rated.stream().mapToInt(Rated::rating).max().orElse(0);
        return "ratings from " + min + " to " + max;
    }

    /** One column of the recommendation tally. */
    public record Tally(String label, int count) {
    }

    public List<Tally> tally() {
        return java.util.Arrays.stream(Overall.values()).map(o -> new Tally(o.label(), count(o))).toList();
    }

    public int count(Overall overall) {
        return overallCounts.getOrDefault(overall, 0);
    }
}
