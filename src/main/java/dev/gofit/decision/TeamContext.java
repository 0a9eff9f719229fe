package dev.gofit.decision;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gofit.matrix.MatrixDefinition;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wizard's optional team-context step: how well the team already ships in each language, whether the
 * work is CPU-bound, the timeline and how hard hiring is. It sets the team-familiarity ratings of the
 * decision and moves some weights ({@link #apply}); the rules are in the README.
 */
@KnownFields
@Schema(name = "TeamContext", description = "Optional team context; every field may be left out")
public record TeamContext(
        @Schema(description = "Language key → how well the team ships in it today; languages left out count as NONE")
        Map<@OptionKey String, @NotNull(message = "must be one of NONE, LEARNING, SHIPPED, EXPERT") Familiarity> familiarity,
        @Schema(description = "The work keeps CPUs busy (number crunching, parsing, compression), not only waiting on I/O")
        Boolean cpuBound,
        Timeline timeline,
        Hiring hiring,
        @Schema(hidden = true) @JsonAnySetter @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> unknown) implements KnownFields.Body {

    public TeamContext {
        familiarity = familiarity == null ? Map.of() : new LinkedHashMap<>(familiarity);
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }

    public static TeamContext of(Map<String, Familiarity> familiarity, Boolean cpuBound, Timeline timeline, Hiring hiring) {
        return new TeamContext(familiarity, cpuBound, timeline, hiring, null);
    }

    /** How well the team ships in a language: the team-familiarity rating it gives. */
    public enum Familiarity {
        NONE(1, "No one on the team has used it"),
        LEARNING(2, "Some have tried it; nothing in production"),
        SHIPPED(4, "The team ships production code in it"),
        EXPERT(5, "The team's main language, with in-house experts");

        private final int score;
        private final String label;

        Familiarity(int score, String label) {
            this.score = score;
            this.label = label;
        }

        public int score() {
            return score;
        }

        public String label() {
            return label;
        }
    }

    /** When the first version must be in production. */
    public enum Timeline {
        WEEKS("Within weeks"), MONTHS("Within a few months"), LONG_TERM("A long-lived system; no rush");

        private final String label;

        Timeline(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How hard hiring is for this team. */
    public enum Hiring {
        EASY("Easy: we hire when we need to"), HARD("Hard: every hire takes months");

        private final String label;

        Hiring(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** True when nothing was given (the step was skipped). */
    @JsonIgnore
    public boolean isEmpty() {
        return familiarity.isEmpty() && cpuBound == null && timeline == null && hiring == null;
    }

    /**
     * The weights this context moves: team familiarity 3 (5 within weeks, 2 for a long-lived system) when
     * languages are given; CPU-bound compute 4 when the work is CPU-bound (0 when it is said not to be);
     * developer speed +2 within weeks; hiring pool +2 when hiring is hard.
     */
    public Map<String, Integer> apply(Map<String, Integer> weights) {
        Map<String, Integer> w = new LinkedHashMap<>(weights);
        if (!familiarity.isEmpty()) {
            w.put(FAMILIARITY, timeline == Timeline.WEEKS ? 5 : timeline == Timeline.LONG_TERM ? 2 : 3);
        }
        if (cpuBound != null) {
            w.put(CPU, cpuBound ? 4 : 0);
        }
        if (timeline == Timeline.WEEKS) {
            w.computeIfPresent(SPEED, (k, v) -> Math.min(5, v + 2));
        }
        if (hiring == Hiring.HARD) {
            w.computeIfPresent(HIRING, (k, v) -> Math.min(5, v + 2));
        }
        return w;
    }

    /** The matrix with the team-familiarity ratings of {@code languages} set from this context. */
    public MatrixDefinition rate(MatrixDefinition matrix, List<String> languages) {
        if (familiarity.isEmpty() || !matrix.criterionKeys().contains(FAMILIARITY)) {
            return matrix;
        }
        Map<String, MatrixDefinition.Rating> ratings = new LinkedHashMap<>();
        for (String language : languages) {
            Familiarity f = familiarity.getOrDefault(language, Familiarity.NONE);
            ratings.put(language, new MatrixDefinition.Rating(f.score(), "From the team context: " + f.label().toLowerCase(java.util.Locale.ROOT) + "."));
        }
        return matrix.withRatings(FAMILIARITY, ratings);
    }

    static final String FAMILIARITY = "team-familiarity";
    static final String CPU = "cpu-compute";
    static final String SPEED = "developer-speed";
    static final String HIRING = "hiring-pool";
}
