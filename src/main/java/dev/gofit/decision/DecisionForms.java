package dev.gofit.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.RestForm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decision pages' forms as posted ({@code @BeanParam} records of {@code @RestForm} fields), with the
 * Bean Validation constraints whose messages the pages show next to the fields.
 */
public final class DecisionForms {

    private DecisionForms() {
    }

    /** The group checked only when the user moves forward: Back keeps a half-filled step. */
    public interface Forward extends Default {
    }

    static final String CHOOSE = "Choose yes or no.";

    /** Step 1: title, description, team in words. */
    public record About(
            @RestForm @NotBlank(message = "Give the decision a title, e.g. the service it is about.")
            @Size(max = DecisionRequest.MAX_TITLE, message = "Keep the title under " + DecisionRequest.MAX_TITLE + " characters.")
            String title,
            @RestForm @Size(max = DecisionRequest.MAX_TEXT, message = "Keep the description under " + DecisionRequest.MAX_TEXT + " characters.")
            String description,
            @RestForm @Size(max = DecisionRequest.MAX_TEXT, message = "Keep the team context under " + DecisionRequest.MAX_TEXT + " characters.")
            String teamContext) {

        public About {
            title = strip(title);
            description = strip(description);
            teamContext = strip(teamContext);
        }
    }

    /** One of the four questions: yes or no, an evidence note, and where to go next. */
    public record Question(
            @RestForm @NotNull(groups = Forward.class,
                    message = "Choose yes or no to continue. Not sure? Pick the answer that is true today and say why in the note.")
            @Pattern(regexp = "yes|no", message = CHOOSE) String answer,
            @RestForm @Size(max = DecisionRequest.MAX_NOTE, message = "The note is too long: keep it under " + DecisionRequest.MAX_NOTE + " characters.")
            String note,
            @RestForm String nav) {

        public Question {
            note = note == null ? "" : note;
        }

        public boolean back() {
            return "back".equals(nav);
        }

        public Boolean value() {
            return yesNo(answer);
        }
    }

    /** The cautions step. */
    public record Cautions(
            @RestForm @NotNull(groups = Forward.class, message = CHOOSE) @Pattern(regexp = "yes|no", message = CHOOSE)
            String mlPrototyping,
            @RestForm @NotNull(groups = Forward.class, message = CHOOSE) @Pattern(regexp = "yes|no", message = CHOOSE)
            String lowLevelMemoryControl,
            @RestForm String nav) {

        public boolean back() {
            return "back".equals(nav);
        }

        /** The answers as given (a missing one is left out). */
        public Map<String, Boolean> values() {
            Map<String, Boolean> values = new LinkedHashMap<>();
            values.put("mlPrototyping", yesNo(mlPrototyping));
            values.put("lowLevelMemoryControl", yesNo(lowLevelMemoryControl));
            values.values().removeIf(v -> v == null);
            return values;
        }

        /** What the page shows again. */
        public Map<String, String> entered() {
            Map<String, String> entered = new LinkedHashMap<>();
            entered.put("mlPrototyping", mlPrototyping == null ? "" : mlPrototyping);
            entered.put("lowLevelMemoryControl", lowLevelMemoryControl == null ? "" : lowLevelMemoryControl);
            return entered;
        }
    }

    /** A status change from the result page. */
    public record Status(@RestForm String status, @RestForm String supersededBy) {

        public DecisionStatus target() {
            try {
                return status == null ? DecisionStatus.DRAFT : DecisionStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                return DecisionStatus.DRAFT;
            }
        }

        /** The successor's id; unreadable counts as none chosen (the service says so). */
        public Long successor() {
            try {
                return supersededBy == null || supersededBy.isBlank() ? null : Long.valueOf(supersededBy.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /**
     * The matrix weights as typed ({@code w-<criterion>} fields, so a rejected value is shown again), or
     * {@code reset} to go back to the weights the answers give.
     */
    public record Weights(boolean reset,
                          Map<@CriterionKey String, @Pattern(regexp = "\\s*[0-5]\\s*", message = "Use a whole number from 0 to 5.") String> weights) {

        static Weights of(MultivaluedMap<String, String> form) {
            Map<String, String> entered = new LinkedHashMap<>();
            form.forEach((name, values) -> {
                if (name.startsWith("w-") && !values.isEmpty()) {
                    entered.put(name.substring(2), values.get(0));
                }
            });
            return new Weights(form.containsKey("reset"), entered);
        }

        /** The valid weights as numbers. */
        public Map<String, Integer> parsed() {
            Map<String, Integer> parsed = new LinkedHashMap<>();
            weights.forEach((k, v) -> parsed.put(k, Integer.parseInt(v.strip())));
            return parsed;
        }
    }

    static Boolean yesNo(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    static String yesNo(Boolean answer) {
        return answer == null ? null : answer ? "yes" : "no";
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
