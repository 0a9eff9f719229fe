package dev.gofit.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * Step 1: title, description, the team in words, and the optional team context: per language
     * ({@code famLanguage}, aligned with {@code famLevel}) how well the team ships in it, CPU-bound work,
     * the timeline and how hard hiring is. Everything but the title may stay empty (the step is skippable).
     */
    public record About(
            @RestForm @NotBlank(message = "Give the decision a title, e.g. the service it is about.")
            @Size(max = DecisionRequest.MAX_TITLE, message = "Keep the title under " + DecisionRequest.MAX_TITLE + " characters.")
            @Pattern(regexp = "[^\\r\\n]*", message = "Keep the title on one line.")
            String title,
            @RestForm @Size(max = DecisionRequest.MAX_TEXT, message = "Keep the description under " + DecisionRequest.MAX_TEXT + " characters.")
            String description,
            @RestForm @Size(max = DecisionRequest.MAX_TEXT, message = "Keep the team context under " + DecisionRequest.MAX_TEXT + " characters.")
            String teamContext,
            @RestForm List<@OptionKey String> famLanguage,
            @RestForm List<@Pattern(regexp = "|NONE|LEARNING|SHIPPED|EXPERT", message = "Choose a level from the list.") String> famLevel,
            @RestForm @Pattern(regexp = "|yes|no", message = CHOOSE) String cpuBound,
            @RestForm @Pattern(regexp = "|WEEKS|MONTHS|LONG_TERM", message = "Choose a timeline from the list.") String timeline,
            @RestForm @Pattern(regexp = "|EASY|HARD", message = "Choose from the list.") String hiring) {

        public About {
            title = strip(title);
            description = strip(description);
            teamContext = strip(teamContext);
            famLanguage = famLanguage == null ? List.of() : famLanguage;
            famLevel = famLevel == null ? List.of() : famLevel;
            cpuBound = strip(cpuBound);
            timeline = strip(timeline);
            hiring = strip(hiring);
        }

        static About empty() {
            return new About("", "", "", null, null, null, null, null);
        }

        /** The form showing what a decision has. */
        static About of(Decision d) {
            TeamContext c = d.context;
            List<String> languages = new ArrayList<>();
            List<String> levels = new ArrayList<>();
            if (c != null) {
                c.familiarity().forEach((language, level) -> {
                    languages.add(language);
                    levels.add(level.name());
                });
            }
            return new About(d.title, d.description, d.teamContext, languages, levels,
                    c == null ? null : yesNo(c.cpuBound()), c == null || c.timeline() == null ? null : c.timeline().name(),
                    c == null || c.hiring() == null ? null : c.hiring().name());
        }

        /** The level given for a language ("" when none). */
        public String level(String language) {
            int i = famLanguage.indexOf(language);
            return i < 0 || i >= famLevel.size() ? "" : famLevel.get(i);
        }

        /** The team context the form describes (null when every field is empty). */
        public TeamContext context() {
            Map<String, TeamContext.Familiarity> familiarity = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(famLanguage.size(), famLevel.size()); i++) {
                if (!famLevel.get(i).isEmpty()) {
                    familiarity.put(famLanguage.get(i), TeamContext.Familiarity.valueOf(famLevel.get(i)));
                }
            }
            TeamContext context = TeamContext.of(familiarity, yesNo(cpuBound),
                    timeline.isEmpty() ? null : TeamContext.Timeline.valueOf(timeline),
                    hiring.isEmpty() ? null : TeamContext.Hiring.valueOf(hiring));
            return context.isEmpty() ? null : context;
        }
    }

    /** The options a decision compares (checkboxes named {@code option}); go is always one. */
    public record Options(@RestForm("option") @OptionList List<String> options) {

        public Options {
            List<String> withGo = new ArrayList<>(List.of("go"));
            (options == null ? List.<String>of() : options).stream().filter(o -> !"go".equals(o)).forEach(withGo::add);
            options = withGo;
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

    /** A status change from the result page; accepting names the chosen option and the deciders' rationale. */
    public record Status(@RestForm String status, @RestForm String supersededBy, @RestForm String chosenOption,
                         @RestForm @Size(max = DecisionRequest.MAX_TEXT, message = "Keep the rationale under "
                                 + DecisionRequest.MAX_TEXT + " characters.") String rationale) {

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
