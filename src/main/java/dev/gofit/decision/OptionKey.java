package dev.gofit.decision;

import dev.gofit.matrix.Matrix;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** GoFit's own rule: the value is a language of {@code content/matrix.yaml} that a decision may compare; the message lists the known keys. */
@Documented
@Constraint(validatedBy = OptionKey.Check.class)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface OptionKey {

    String message() default "unknown option";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @ApplicationScoped
    class Check implements ConstraintValidator<OptionKey, String> {

        private final Matrix matrix;

        public Check(Matrix matrix) {
            this.matrix = matrix;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return KeyRule.known(value, matrix.definition().languageKeys(), "option", context);
        }
    }
}
