package dev.gofit.pilot;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The pilot's own input rules as Bean Validation constraints, used by the page forms and the JSON
 * request records alike, so both say the same thing. Messages name the value the user typed.
 */
public final class PilotChecks {

    private PilotChecks() {
    }

    /** A start date as typed: YYYY-MM-DD between 2000 and 2100. */
    @Documented
    @Constraint(validatedBy = IsoDateValidator.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface IsoDate {
        String message() default "Enter the start date.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A figure as typed: blank (unless required) or a number of 0 or more; a decimal comma is fine. */
    @Documented
    @Constraint(validatedBy = FigureValidator.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Figure {
        /** How the figure is named in messages: "figure", "minimum", "target", "baseline". */
        String what() default "figure";

        boolean required() default false;

        String message() default "The {what} must be a number of 0 or more.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Which cap of {@code gofit.pilot.measure.*} a whole number must stay within. */
    public enum Cap { CONCURRENCY, REQUESTS }

    /**
     * A whole number from 1 to the configured cap: a typed string (required) or an Integer from JSON
     * (null means "the charter's").
     */
    @Documented
    @Constraint(validatedBy = WithinCapValidator.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface WithinCap {
        Cap value();

        String message() default "Enter a whole number from 1 to {max}.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A measurement's body fits its method (none with GET) and the configured size. */
    @Documented
    @Constraint(validatedBy = BodyFitsValidator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface BodyFits {
        String message() default "A GET request has no body: choose POST or clear the body.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** What {@link BodyFits} reads from a measurement request, form or JSON. */
    public interface HasBody {
        String method();

        String body();
    }

    /** A metric's target is not easier than its minimum (the catalogue says which way is better). */
    @Documented
    @Constraint(validatedBy = TargetAsDemandingValidator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface TargetAsDemanding {
        String message() default "The target must be at least as demanding as the minimum.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** What {@link TargetAsDemanding} reads: the metric key and its figures (null when missing or unreadable). */
    public interface HasTargets {
        String key();

        Double minimumFigure();

        Double targetFigure();
    }

    /** A figure as typed, or null when blank or not a number of 0 or more. */
    public static Double figure(String typed) {
        String v = typed == null ? "" : typed.strip().replace(',', '.');
        if (v.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) && d >= 0 && d < 1e12 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date as typed, or null. */
    public static LocalDate date(String typed) {
        try {
            return typed == null ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A whole number as typed, or null. */
    public static Integer whole(String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void report(ConstraintValidatorContext context, String template, String value, String property) {
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        // The typed value goes in as a message parameter, which is never interpolated again.
        hv.addMessageParameter("value", value == null ? "" : value);
        var builder = hv.buildConstraintViolationWithTemplate(template);
        if (property == null) {
            builder.addConstraintViolation();
        } else {
            builder.addPropertyNode(property).addConstraintViolation();
        }
    }

    public static class IsoDateValidator implements ConstraintValidator<IsoDate, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String v = value == null ? "" : value.strip();
            if (v.isEmpty()) {
                return false;
            }
            LocalDate date = date(v);
            if (date == null) {
                report(context, "\"{value}\" is not a date: use YYYY-MM-DD, e.g. 2026-12-07.", v, null);
                return false;
            }
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                report(context, "Enter a date between 2000 and 2100.", v, null);
                return false;
            }
            return true;
        }
    }

    public static class FigureValidator implements ConstraintValidator<Figure, String> {
        private String what;
        private boolean required;

        @Override
        public void initialize(Figure annotation) {
            what = annotation.what();
            required = annotation.required();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String v = value == null ? "" : value.strip();
            if (v.isEmpty()) {
                if (required) {
                    report(context, "Enter the " + what + ".", v, null);
                }
                return !required;
            }
            if (figure(v) == null) {
                report(context, "The " + what + " must be a number of 0 or more (\"{value}\" is not).", v, null);
                return false;
            }
            return true;
        }
    }

    // Dependent: one instance per constraint use; the config is read when validating, as validators start before it.
    @Dependent
    public static class WithinCapValidator implements ConstraintValidator<WithinCap, Object> {
        private final Instance<PilotConfig> config;
        private Cap cap;

        public WithinCapValidator(Instance<PilotConfig> config) {
            this.config = config;
        }

        @Override
        public void initialize(WithinCap annotation) {
            cap = annotation.value();
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null) {
                return true; // JSON: the charter's figure
            }
            Integer n = value instanceof Integer i ? i : whole(value.toString());
            int max = cap == Cap.CONCURRENCY ? config.get().measure().maxConcurrency() : config.get().measure().maxRequests();
            if (n != null && n >= 1 && n <= max) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("max", max);
            return false;
        }
    }

    // Dependent: one instance per constraint use; the config is read when validating, as validators start before it.
    @Dependent
    public static class BodyFitsValidator implements ConstraintValidator<BodyFits, HasBody> {
        private final Instance<PilotConfig> config;

        public BodyFitsValidator(Instance<PilotConfig> config) {
            this.config = config;
        }

        @Override
        public boolean isValid(HasBody request, ConstraintValidatorContext context) {
            String method = request.method() == null || request.method().isBlank() ? "GET"
                    : request.method().strip().toUpperCase(Locale.ROOT);
            String body = request.body() == null ? "" : request.body();
            if (method.equals("GET") && !body.isBlank()) {
                report(context, "A GET request has no body: choose POST or clear the body.", null, "body");
                return false;
            }
            int max = config.get().measure().maxBodyBytes();
            if (body.getBytes(StandardCharsets.UTF_8).length > max) {
                report(context, "The body may be at most " + max + " bytes.", null, "body");
                return false;
            }
            return true;
        }
    }

    // Dependent: one instance per constraint use; the config is read when validating, as validators start before it.
    @Dependent
    public static class TargetAsDemandingValidator implements ConstraintValidator<TargetAsDemanding, HasTargets> {
        private final Instance<PilotContent> content;

        public TargetAsDemandingValidator(Instance<PilotContent> content) {
            this.content = content;
        }

        @Override
        public boolean isValid(HasTargets row, ConstraintValidatorContext context) {
            if (row.key() == null || row.key().isBlank()) {
                return true; // reported on the key itself
            }
            var metric = content.get().templates().metrics().stream().filter(m -> m.key().equals(row.key())).findFirst();
            if (metric.isEmpty()) {
                report(context, "Unknown metric \"{value}\".", row.key(), "key");
                return false;
            }
            Double minimum = row.minimumFigure();
            Double target = row.targetFigure();
            if (minimum == null || target == null) {
                return true; // missing figures are reported on their own fields
            }
            boolean lower = "lower".equals(metric.get().better());
            if (lower ? target > minimum : target < minimum) {
                report(context, "The target must be at least as demanding as the minimum ("
                        + (lower ? "at most " : "at least ") + PilotDrafter.number(minimum) + ").", null, "target");
                return false;
            }
            return true;
        }
    }
}
