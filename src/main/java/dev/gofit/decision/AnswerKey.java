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

/** GoFit's own rule: the value is a question key of the framework (the keys of the wizard's evidence notes); the message lists the known keys. */
@Documented
@Constraint(validatedBy = AnswerKey.Check.class)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface AnswerKey {

    String message() default "unknown question";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<AnswerKey, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return KeyRule.known(value, Answers.QUESTION_KEYS, "question", context);
        }
    }
}
