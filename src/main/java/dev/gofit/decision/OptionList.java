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
import java.util.HashSet;
import java.util.List;

/** GoFit's own rule for the options a decision compares: 2-6 distinct languages of the matrix, go among them. */
@Documented
@Constraint(validatedBy = OptionList.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OptionList {

    int MIN = 2;
    int MAX = 6;

    String message() default "must be 2 to 6 distinct options, go among them";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @ApplicationScoped
    class Check implements ConstraintValidator<OptionList, List<String>> {

        private final Matrix matrix;

        public Check(Matrix matrix) {
            this.matrix = matrix;
        }

        @Override
        public boolean isValid(List<String> options, ConstraintValidatorContext context) {
            if (options == null) {
                return true;
            }
            List<String> known = matrix.definition().languageKeys();
            String problem = null;
            List<String> unknown = options.stream().filter(o -> o == null || !known.contains(o)).toList();
            if (!unknown.isEmpty()) {
                problem = "unknown option " + unknown + "; expected keys of GET /api/matrix languages: " + String.join(", ", known);
            } else if (new HashSet<>(options).size() != options.size()) {
                problem = "names an option twice";
            } else if (options.size() < MIN || options.size() > MAX) {
                problem = "must name 2 to 6 options (found " + options.size() + ")";
            } else if (!options.contains("go")) {
                problem = "must include go, the language being decided on";
            }
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem.replace("{", "(").replace("}", ")")).addConstraintViolation();
            return false;
        }
    }
}
