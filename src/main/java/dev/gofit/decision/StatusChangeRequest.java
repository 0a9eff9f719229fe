package dev.gofit.decision;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code POST /api/decisions/{id}/status}: {@code status} is ACCEPTED, REJECTED or SUPERSEDED;
 * {@code supersededBy} a decision id.
 */
@KnownFields
@Schema(name = "StatusChange")
public record StatusChangeRequest(
        @Schema(required = true, enumeration = {"ACCEPTED", "REJECTED", "SUPERSEDED"})
        @NotNull(message = "is required") @Settable DecisionStatus status,
        @Schema(description = "With SUPERSEDED: the id of the decision that supersedes this one") Long supersededBy,
        @Schema(description = "With ACCEPTED: the option chosen, one of the decision's options; default the top of the ranking")
        @OptionKey String chosenOption,
        @Schema(description = "With ACCEPTED: the deciders' reasons in their words")
        @jakarta.validation.constraints.Size(max = DecisionRequest.MAX_TEXT) String rationale,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknown) implements KnownFields.Body {

    public StatusChangeRequest {
        unknown = unknown == null ? new LinkedHashMap<>() : unknown;
    }

    /** A status a person may set: not DRAFT or PROPOSED, which the wizard sets. */
    @Constraint(validatedBy = Settable.Check.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Settable {
        String message() default "must be ACCEPTED, REJECTED or SUPERSEDED";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<Settable, DecisionStatus> {
            @Override
            public boolean isValid(DecisionStatus value, ConstraintValidatorContext context) {
                return value == null || value == DecisionStatus.ACCEPTED || value == DecisionStatus.REJECTED
                        || value == DecisionStatus.SUPERSEDED;
            }
        }
    }
}
