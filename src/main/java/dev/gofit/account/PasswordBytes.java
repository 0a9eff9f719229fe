package dev.gofit.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * A password bcrypt reads whole: at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt ignores the rest, so
 * 72 × "ä" would match any password sharing its first 36 characters). Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PasswordBytes.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PasswordBytes {

    int MAX_BYTES = 72;

    String message() default "must be at most 72 bytes in UTF-8 (bcrypt reads no more): letters such as ä or é take 2 bytes, emoji 4";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts the UTF-8 bytes. */
    class Validator implements ConstraintValidator<PasswordBytes, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
        }
    }
}
