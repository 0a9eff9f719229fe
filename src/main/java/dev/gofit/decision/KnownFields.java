package dev.gofit.decision;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * A JSON request body that names every field it does not know: Jackson collects unknown fields into
 * {@link Body#unknown()} (a {@code @JsonAnySetter} component) and this constraint reports each one,
 * together with every other violation, instead of stopping at the first.
 */
@Documented
@Constraint(validatedBy = KnownFields.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownFields {

    String message() default "unknown field";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request record that keeps what it did not recognise. */
    interface Body {
        Map<String, Object> unknown();
    }

    class Check implements ConstraintValidator<KnownFields, Body> {
        @Override
        public boolean isValid(Body body, ConstraintValidatorContext context) {
            if (body == null || body.unknown() == null || body.unknown().isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (String name : body.unknown().keySet()) {
                context.buildConstraintViolationWithTemplate("unknown field").addPropertyNode(name).addConstraintViolation();
            }
            return false;
        }
    }
}
