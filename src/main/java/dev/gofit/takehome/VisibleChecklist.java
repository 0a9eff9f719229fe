package dev.gofit.takehome;

import dev.gofit.account.CurrentUser;
import dev.gofit.hiring.Checklist;
import dev.gofit.hiring.Viewer;
import io.quarkus.narayana.jta.QuarkusTransaction;
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

/**
 * A hiring checklist id the signed-in user may see (or none). The review evidence is filed under that
 * checklist, so an unchecked id would let one manager write into another's candidate summary.
 * Applies to a {@code Long} or a numeric {@code String}; other strings are left to {@code @Pattern}.
 */
@Documented
@Constraint(validatedBy = VisibleChecklist.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleChecklist {

    String message() default "There is no checklist {id} that you own or that is shared with you.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Looks the checklist up with the caller's visibility. */
    @ApplicationScoped
    class Validator implements ConstraintValidator<VisibleChecklist, Object> {

        private final CurrentUser currentUser;

        public Validator(CurrentUser currentUser) {
            this.currentUser = currentUser;
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            Long id = value instanceof Long l ? l
                    : value instanceof String s && s.strip().matches("[1-9][0-9]{0,17}") ? Long.valueOf(s.strip()) : null;
            if (id == null) {
                return true;
            }
            Viewer viewer = Viewer.of(currentUser);
            boolean visible = QuarkusTransaction.requiringNew().call(() -> Checklist.findVisible(id, viewer).isPresent());
            if (!visible) {
                context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("id", id);
            }
            return visible;
        }
    }
}
