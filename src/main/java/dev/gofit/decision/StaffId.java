package dev.gofit.decision;

import dev.gofit.account.User;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * GoFit's own rule: the value is the id of an enabled staff user (leader, admin or hiring manager); with
 * {@code decides}, one who reaches the decision pages to edit it (leader or admin).
 */
@Documented
@Constraint(validatedBy = StaffId.Check.class)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface StaffId {

    String message() default "is not the id of a staff user";

    /** True for decision-makers: a leader or an admin. */
    boolean decides() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Not a shared bean: each annotation (with or without {@code decides}) gets its own initialized instance. */
    class Check implements ConstraintValidator<StaffId, Long> {

        private boolean decides;

        @Override
        public void initialize(StaffId annotation) {
            decides = annotation.decides();
        }

        @Override
        public boolean isValid(Long value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            User user = User.findById(value);
            boolean staff = user != null && DecisionLog.staff().contains(user);
            if (staff && (!decides || DecisionLog.mayDecide(user))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(staff ? "is not a leader or an admin: only they can edit a decision"
                    : "is not the id of an enabled staff user (GET /api/decisions/staff lists them)").addConstraintViolation();
            return false;
        }
    }
}
