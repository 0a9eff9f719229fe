package dev.gofit.hiring;

import jakarta.enterprise.context.ApplicationScoped;
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

/** A core skill key from {@code content/skills.yaml} (anything else is sent as a custom skill). */
@Documented
@Constraint(validatedBy = SkillKey.Validator.class)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface SkillKey {

    String message() default "Unknown skill key ''{key}''; known: {known} (send anything else in \"custom\").";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the key against the loaded skill catalogue. */
    @ApplicationScoped
    class Validator implements ConstraintValidator<SkillKey, String> {

        private final HiringContent content;

        public Validator(HiringContent content) {
            this.content = content;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || content.skills().skill(value) != null) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("key", value)
                    .addMessageParameter("known", String.join(", ", HiringContent.CORE_KEYS));
            return false;
        }
    }
}
