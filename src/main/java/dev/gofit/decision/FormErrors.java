package dev.gofit.decision;

import dev.gofit.system.Violations;
import jakarta.validation.ConstraintViolation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A page form's violations as field → message, named the way the problem+json {@code errors} name them. */
final class FormErrors {

    private FormErrors() {
    }

    static <T> Map<String, String> of(Set<ConstraintViolation<T>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream().sorted(Comparator.comparing(Violations::field))
                .forEach(v -> errors.putIfAbsent(Violations.field(v), v.getMessage()));
        return errors;
    }
}
