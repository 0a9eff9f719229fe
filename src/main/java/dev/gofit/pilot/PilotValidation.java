package dev.gofit.pilot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.LinkedHashMap;
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

    /** One message per field, keyed by path ({@code service}, {@code focus[3]}, {@code metrics[0].target}). */
    public Map<String, String> problems(Object input) {
        Map<String, String> problems = new LinkedHashMap<>();
        validator.validate(input).stream()
                .sorted(Comparator.comparing(v -> field(v)))
                .forEach(v -> problems.putIfAbsent(field(v), v.getMessage()));
        return problems;
    }

    static String field(ConstraintViolation<?> v) {
        // Container elements read "focus[3].<list element>": the index already names the row.
        return v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
    }
}
