package dev.gofit.decision;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gofit.system.Problem;
import dev.gofit.system.ProblemException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /api/decisions}, checked field by field so a 400 names every missing or
 * wrong field at once (plain Java, unit-tested without booting).
 */
public record DecisionRequest(String title, String description, String teamContext, Map<String, Boolean> answers,
                              Map<String, Boolean> cautions, Map<String, String> notes, Map<String, Integer> weights) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_NOTE = 2000;
    private static final Set<String> FIELDS = Set.of("title", "description", "teamContext", "answers", "cautions",
            "notes", "weights");

    /** Parses and validates; throws a 400 problem listing every wrong field. */
    public static DecisionRequest parse(JsonNode body, Set<String> criteria) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw ProblemException.badRequest("body", "A JSON object is required.");
        }
        if (!body.isObject()) {
            throw ProblemException.badRequest("body", "must be a JSON object");
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                errors.add(new Problem.FieldError(name, "unknown field"));
            }
        }
        String title = text(body, "title", MAX_TITLE, true, errors);
        String description = text(body, "description", MAX_TEXT, false, errors);
        String teamContext = text(body, "teamContext", MAX_TEXT, false, errors);
        Map<String, Boolean> answers = booleans(body, "answers", Answers.QUESTION_KEYS, errors);
        Map<String, Boolean> cautions = booleans(body, "cautions", Answers.CAUTION_KEYS, errors);
        Map<String, String> notes = notes(body, errors);
        Map<String, Integer> weights = weights(body, criteria, errors);
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? "1 field is missing or wrong." : errors.size() + " fields are missing or wrong.";
            throw ProblemException.badRequest(detail, errors);
        }
        return new DecisionRequest(title, description, teamContext, answers, cautions, notes, weights);
    }

    private static String text(JsonNode body, String field, int max, boolean required, List<Problem.FieldError> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(new Problem.FieldError(field, "is required"));
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new Problem.FieldError(field, "must be a string"));
            return null;
        }
        String value = node.asText().strip();
        if (required && value.isEmpty()) {
            errors.add(new Problem.FieldError(field, "must not be blank"));
        } else if (value.length() > max) {
            errors.add(new Problem.FieldError(field, "must be at most " + max + " characters"));
        }
        return value.isEmpty() ? null : value;
    }

    private static Map<String, Boolean> booleans(JsonNode body, String field, List<String> keys, List<Problem.FieldError> errors) {
        Map<String, Boolean> values = new LinkedHashMap<>();
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            errors.add(new Problem.FieldError(field, "is required: an object with " + String.join(", ", keys)));
            return values;
        }
        if (!node.isObject()) {
            errors.add(new Problem.FieldError(field, "must be an object with " + String.join(", ", keys)));
            return values;
        }
        for (String key : keys) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                errors.add(new Problem.FieldError(field + "." + key, "is required (true or false)"));
            } else if (!value.isBoolean()) {
                errors.add(new Problem.FieldError(field + "." + key, "must be true or false"));
            } else {
                values.put(key, value.booleanValue());
            }
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!keys.contains(name)) {
                errors.add(new Problem.FieldError(field + "." + name, "unknown; expected one of " + String.join(", ", keys)));
            }
        }
        return values;
    }

    private static Map<String, String> notes(JsonNode body, List<Problem.FieldError> errors) {
        Map<String, String> notes = new LinkedHashMap<>();
        JsonNode node = body.get("notes");
        if (node == null || node.isNull()) {
            return notes;
        }
        if (!node.isObject()) {
            errors.add(new Problem.FieldError("notes", "must be an object of question key to text"));
            return notes;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = "notes." + e.getKey();
            if (!Answers.QUESTION_KEYS.contains(e.getKey())) {
                errors.add(new Problem.FieldError(field, "unknown; expected one of " + String.join(", ", Answers.QUESTION_KEYS)));
            } else if (!e.getValue().isTextual()) {
                errors.add(new Problem.FieldError(field, "must be a string"));
            } else if (e.getValue().asText().length() > MAX_NOTE) {
                errors.add(new Problem.FieldError(field, "must be at most " + MAX_NOTE + " characters"));
            } else {
                notes.put(e.getKey(), e.getValue().asText());
            }
        }
        return notes;
    }

    private static Map<String, Integer> weights(JsonNode body, Set<String> criteria, List<Problem.FieldError> errors) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        JsonNode node = body.get("weights");
        if (node == null || node.isNull()) {
            return weights;
        }
        if (!node.isObject()) {
            errors.add(new Problem.FieldError("weights", "must be an object of criterion key to a weight 0-5"));
            return weights;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = "weights." + e.getKey();
            JsonNode value = e.getValue();
            if (!criteria.contains(e.getKey())) {
                errors.add(new Problem.FieldError(field, "unknown criterion; expected one of " + String.join(", ", criteria)));
            } else if (!value.isIntegralNumber()) {
                errors.add(new Problem.FieldError(field, "must be a whole number from 0 to 5"));
            } else if (!value.canConvertToInt() || value.intValue() < 0 || value.intValue() > 5) {
                errors.add(new Problem.FieldError(field, "must be between 0 and 5"));
            } else {
                weights.put(e.getKey(), value.intValue());
            }
        }
        return weights;
    }
}
