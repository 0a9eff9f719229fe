package dev.gofit.decision;

import jakarta.validation.ConstraintValidatorContext;

import java.util.Collection;

/** The check behind {@link CriterionKey}, {@link OptionKey} and {@link AnswerKey}. */
final class KeyRule {

    private KeyRule() {
    }

    /** True when {@code value} is null or known; otherwise the message says which keys are. */
    static boolean known(String value, Collection<String> known, String what, ConstraintValidatorContext context) {
        if (value == null || known.contains(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("unknown " + what + "; expected one of " + String.join(", ", known))
                .addConstraintViolation();
        return false;
    }
}
