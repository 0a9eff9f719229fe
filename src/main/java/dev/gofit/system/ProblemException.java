package dev.gofit.system;

import java.util.List;

/**
 * Thrown by API resources to answer a problem document with a chosen status,
 * e.g. {@code throw ProblemException.notFound("decision 7")}.
 */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(Problem.withErrors(400, "Bad Request", detail, errors));
    }

    public static ProblemException badRequest(String field, String message) {
        return badRequest("The request has an invalid field.", List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(Problem.withErrors(422, "Unprocessable Content", detail, errors));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not Found", what + " does not exist."));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    public static ProblemException tooManyRequests(String detail) {
        return new ProblemException(Problem.of(429, "Too Many Requests", detail));
    }
}
