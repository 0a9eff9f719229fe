package dev.gofit.pilot;

import dev.gofit.system.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import java.util.Map;

/**
 * Runs Bean Validation over a page's form record and answers field → message, so a page
 * re-renders with the same messages the API's problem+json {@code errors} carry.
 */
@ApplicationScoped
public class PilotValidation {

    private final Validator validator;

    public PilotValidation(Validator validator) {
        this.validator = validator;
    }

    /** Messages by field path ({@code service}, {@code focus[3]}, {@code metrics[0].target}). */
    public Map<String, String> problems(Object input) {
        return Violations.byField(validator.validate(input));
    }
}
