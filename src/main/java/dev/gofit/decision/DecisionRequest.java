package dev.gofit.decision;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/decisions}, bound by Jackson and checked by Bean Validation, so a 400
 * names every missing or wrong field at once.
 */
@KnownFields
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @Schema(required = true, maxLength = MAX_TITLE, example = "Payments gateway")
        @NotBlank @Size(max = MAX_TITLE) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String title,
        @Size(max = MAX_TEXT) String description,
        @Size(max = MAX_TEXT) String teamContext,
        @Schema(required = true)
        @NotNull(message = "is required: an object with concurrency, ioPerformance, simpleDeployment, servicesOrTooling")
        @Valid Questions answers,
        @Schema(required = true)
        @NotNull(message = "is required: an object with mlPrototyping, lowLevelMemoryControl")
        @Valid Cautions cautions,
        @Schema(description = "Evidence per question key")
        Map<@AnswerKey String, @NotNull @Size(max = MAX_NOTE) String> notes,
        @Schema(description = "Criterion key to weight 0-5; missing criteria get the defaults derived from the answers")
        @JsonDeserialize(contentUsing = WholeNumber.class)
        Map<@CriterionKey String, @NotNull @Min(value = 0, message = BETWEEN) @Max(value = 5, message = BETWEEN) Integer> weights,
        @Schema(description = "2-6 language keys of GET /api/matrix, go among them; default go, python, rust",
                example = "[\"go\", \"python\", \"rust\", \"java\"]")
        @OptionList List<String> options,
        @Schema(description = "The optional team-context step") @Valid TeamContext context,
        @Schema(description = "MADR 4 decision-makers, consulted and informed (staff user ids)") @Valid PeopleRequest people,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknown) implements KnownFields.Body {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_NOTE = 2000;
    static final String BETWEEN = "must be between 0 and 5";
    static final String YES_OR_NO = "is required (true or false)";

    public DecisionRequest {
        notes = notes == null ? Map.of() : notes;
        weights = weights == null ? Map.of() : weights;
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }

    /** The four Go-fit questions. */
    @KnownFields
    public record Questions(@Schema(required = true) @NotNull(message = YES_OR_NO) Boolean concurrency,
                            @Schema(required = true) @NotNull(message = YES_OR_NO) Boolean ioPerformance,
                            @Schema(required = true) @NotNull(message = YES_OR_NO) Boolean simpleDeployment,
                            @Schema(required = true) @NotNull(message = YES_OR_NO) Boolean servicesOrTooling,
                            @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknown) implements KnownFields.Body {
    }

    /** The two cautions. */
    @KnownFields
    public record Cautions(@Schema(required = true) @NotNull(message = YES_OR_NO) Boolean mlPrototyping,
                           @Schema(required = true) @NotNull(message = YES_OR_NO) Boolean lowLevelMemoryControl,
                           @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknown) implements KnownFields.Body {
    }

    /** Every answer by key, for the entity. */
    public Map<String, Boolean> answerMap() {
        Map<String, Boolean> all = new LinkedHashMap<>();
        all.put("concurrency", answers.concurrency());
        all.put("ioPerformance", answers.ioPerformance());
        all.put("simpleDeployment", answers.simpleDeployment());
        all.put("servicesOrTooling", answers.servicesOrTooling());
        all.put("mlPrototyping", cautions.mlPrototyping());
        all.put("lowLevelMemoryControl", cautions.lowLevelMemoryControl());
        return all;
    }
}
