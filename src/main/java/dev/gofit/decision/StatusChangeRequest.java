package dev.gofit.decision;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gofit.system.Problem;
import dev.gofit.system.ProblemException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /api/decisions/{id}/status}, checked field by field so a 400 names every
 * wrong field: {@code status} is ACCEPTED, REJECTED or SUPERSEDED; {@code supersededBy} a decision id.
 */
public record StatusChangeRequest(DecisionStatus status, Long supersededBy) {

    private static final Set<String> FIELDS = Set.of("status", "supersededBy");
    private static final Set<DecisionStatus> SETTABLE = Set.of(DecisionStatus.ACCEPTED, DecisionStatus.REJECTED,
            DecisionStatus.SUPERSEDED);

    /** Parses and validates; throws a 400 problem listing every wrong field. */
    public static StatusChangeRequest parse(JsonNode body) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw ProblemException.badRequest("body", "A JSON object is required.");
        }
        if (!body.isObject()) {
            throw ProblemException.badRequest("body", "must be a JSON object");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                errors.add(new Problem.FieldError(name, "unknown field"));
            }
        }
        DecisionStatus status = null;
        JsonNode s = body.get("status");
        if (s == null || s.isNull()) {
            errors.add(new Problem.FieldError("status", "is required"));
        } else {
            status = SETTABLE.stream().filter(x -> s.isTextual() && x.name().equals(s.asText())).findFirst().orElse(null);
            if (status == null) {
                errors.add(new Problem.FieldError("status", "must be ACCEPTED, REJECTED or SUPERSEDED"));
            }
        }
        Long supersededBy = null;
        JsonNode by = body.get("supersededBy");
        if (by != null && !by.isNull()) {
            if (by.canConvertToLong() && by.isIntegralNumber()) {
                supersededBy = by.asLong();
            } else {
                errors.add(new Problem.FieldError("supersededBy", "must be a decision id (a whole number)"));
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? "1 field is missing or wrong." : errors.size() + " fields are missing or wrong.";
            throw ProblemException.badRequest(detail, errors);
        }
        return new StatusChangeRequest(status, supersededBy);
    }
}
