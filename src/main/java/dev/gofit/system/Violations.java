package dev.gofit.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the field of a Bean Validation violation the way forms and problem documents show it
 * ({@code role}, {@code skills[1]}, {@code weights.concurrency}), for the API's error list and for
 * pages that re-render a form with its messages.
 */
public final class Violations {

    private Violations() {
    }

    /** The field path without the method and parameter of method validation and without container-element names. */
    public static String field(ConstraintViolation<?> violation) {
        StringBuilder out = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    out.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    out.append('.').append(node.getKey());
                }
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN && node.getName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        String field = out.toString();
        return field.isEmpty() ? (parameter == null ? "body" : parameter) : field;
    }

    /** Every violation as a field error, sorted by field. */
    public static List<Problem.FieldError> errors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
    }

    /** Messages by field for a form page; several messages for one field are joined. */
    public static Map<String, String> byField(Collection<? extends ConstraintViolation<?>> violations) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Problem.FieldError e : errors(violations)) {
            map.merge(e.field(), e.message(), (a, b) -> a + " " + b);
        }
        return map;
    }
}
