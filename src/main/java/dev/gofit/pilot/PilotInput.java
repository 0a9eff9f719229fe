package dev.gofit.pilot;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks what a user typed (form or JSON), collecting one message per wrong field so
 * pages and the API say the same thing. Field names are the form's and the API's.
 */
public final class PilotInput {

    /** How a required field is named in "Enter the ..." messages, so an error summary reads on its own. */
    private static final Map<String, String> LABELS = Map.of("service", "service to build", "hypothesis", "hypothesis",
            "scopeIn", "scope in", "scopeOut", "scope out", "criteria", "go / no-go criteria", "endpoint", "endpoint URL");

    private final Map<String, String> errors = new LinkedHashMap<>();

    public Map<String, String> errors() {
        return errors;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public String text(String field, String value, boolean required, int max) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            error(field, "Enter the " + LABELS.getOrDefault(field, "value") + ".");
        } else if (v.length() > max) {
            error(field, "Keep it under " + max + " characters (it has " + v.length() + ").");
        }
        return v;
    }

    public LocalDate date(String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            error(field, "Enter the start date.");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(v);
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                error(field, "Enter a date between 2000 and 2100.");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            error(field, "\"" + v + "\" is not a date: use YYYY-MM-DD, e.g. 2026-12-07.");
            return null;
        }
    }

    /** An optional whole number; null when blank. */
    public Long optionalId(String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            long id = Long.parseLong(v);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(field, "\"" + v + "\" is not a decision number.");
        return null;
    }

    public int whole(String field, String value, int min, int max) {
        String v = value == null ? "" : value.strip();
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(field, "Enter a whole number from " + min + " to " + max + ".");
        return min;
    }

    /** A figure; null when blank and not required. */
    public Double figure(String field, String value, boolean required, String what) {
        String v = value == null ? "" : value.strip().replace(',', '.');
        if (v.isEmpty()) {
            if (required) {
                error(field, "Enter the " + what + ".");
            }
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d) && d >= 0 && d < 1e12) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(field, "The " + what + " must be a number of 0 or more (\"" + v + "\" is not).");
        return null;
    }

    public List<String> lines(String field, String value, boolean required, int max) {
        String v = text(field, value, required, max);
        List<String> lines = Pilot.lines(v);
        if (required && lines.isEmpty()) {
            error(field, "Enter at least one line of " + LABELS.getOrDefault(field, "text") + ".");
        }
        return lines;
    }

    /** The target must not be easier than the minimum. */
    public void consistent(String field, String better, Double minimum, Double target) {
        if (minimum == null || target == null) {
            return;
        }
        boolean lower = "lower".equals(better);
        if (lower ? target > minimum : target < minimum) {
            error(field, "The target must be at least as demanding as the minimum ("
                    + (lower ? "at most " : "at least ") + PilotDrafter.number(minimum) + ").");
        }
    }

    public static List<String> orEmpty(List<String> values) {
        return values == null ? new ArrayList<>() : values;
    }
}
