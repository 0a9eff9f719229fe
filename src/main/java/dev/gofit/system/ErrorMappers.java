package dev.gofit.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every exception into a problem document under {@code /api} and a friendly page
 * elsewhere. Nothing here ever writes a stack trace to the client: unexpected errors are
 * logged with an id that the user sees.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    /** The API's answer to a call without valid credentials (also sent by the HTTP layer). */
    public static final Problem UNAUTHORIZED = Problem.of(401, "Unauthorized",
            "Send HTTP Basic credentials of an active staff account.");
    /** The challenge that goes with {@link #UNAUTHORIZED}. */
    public static final String BASIC_CHALLENGE = "Basic realm=\"GoFit\"";
    /** The answer to a signed-in caller whose roles do not allow the request. */
    public static final Problem FORBIDDEN = Problem.of(403, "Forbidden", "Your role does not allow this.");

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(request, e.problem());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = Violations.errors(e.getConstraintViolations());
        String detail = errors.stream().map(fe -> fe.field() + ": " + fe.message()).collect(Collectors.joining("; "));
        return respond(request, Problem.withErrors(400, "Bad Request", detail, errors));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        String field = e instanceof JsonMappingException jme ? pathOf(jme) : "";
        String detail = field.isEmpty() ? "The body is not valid JSON." : "The field has the wrong type or format.";
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, detail));
        return respond(request, Problem.withErrors(400, "Bad Request", detail, errors));
    }

    /** More specific than the JSON mapper Quarkus REST brings, which would answer plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpServerRequest request) {
        return unreadableJson(e, request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        if (isApi(request)) {
            return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", BASIC_CHALLENGE)
                    .entity(UNAUTHORIZED).build();
        }
        return Response.seeOther(java.net.URI.create("/login")).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(request, FORBIDDEN);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return unreadableJson(jpe, request);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        return respond(request, Problem.of(status, title, friendlyDetail(status)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error %s on %s %s", id, request.method(), loggablePath(request.path()));
        return respond(request, Problem.of(500, "Internal Server Error",
                "Something went wrong on our side (error id " + id + "). Nothing you sent was lost."));
    }

    /** The path as it may be logged: candidate invite tokens ({@code /t/{token}}) are secrets. */
    static String loggablePath(String path) {
        return path == null ? "" : path.replaceFirst("^/t/[^/]+", "/t/***");
    }

    static boolean isApi(HttpServerRequest request) {
        return RequestKind.isApi(request.path());
    }

    private static Response respond(HttpServerRequest request, Problem problem) {
        if (isApi(request) || !RequestKind.acceptsHtml(request.getHeader("Accept"))) {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(problem.status(), problem.title(), problem.detail()).render()).build();
    }

    private static String friendlyDetail(int status) {
        return switch (status) {
            case 404 -> "We could not find that page or record.";
            case 405 -> "That action is not available here.";
            case 406, 415 -> "That format is not supported here.";
            case 413 -> "The request is too large.";
            default -> "The request could not be completed.";
        };
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
