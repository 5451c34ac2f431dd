package vn.ocop.traceability.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.ocop.traceability.platform.http.Negotiation;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one error path of the service: turns domain exceptions, validation failures, malformed input and framework
 * errors into {@code application/problem+json} (or a small HTML error page for browsers). Never a stack trace.
 */
public class ProblemMapper {

    /** Base of the problem {@code type} URIs. */
    public static final String TYPE_BASE = "https://ocop.vn/problems/";

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final Template errorPage;

    public ProblemMapper(@Location("problem/error.html") Template errorPage) {
        this.errorPage = errorPage;
    }

    @ServerExceptionMapper
    public Response mapDomain(DomainException e, HttpHeaders headers) {
        Response response = respond(new Problem(TYPE_BASE + e.slug(), e.title(), e.status(), e.getMessage(),
                e.errors()), headers);
        if (e instanceof TooManyRequests limited && limited.retryAfter() != null) {
            return Response.fromResponse(response)
                    .header("Retry-After", Math.max(1, limited.retryAfter().toSeconds())).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response mapConstraintViolation(ConstraintViolationException e, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(new Problem(TYPE_BASE + "validation", "Invalid request", 400,
                "The request has invalid parameters", errors), headers);
    }

    @ServerExceptionMapper
    public Response mapUnauthorized(UnauthorizedException e, HttpHeaders headers) {
        return Response.fromResponse(respond(new Problem(TYPE_BASE + "unauthorized", "Unauthorized", 401,
                "A valid bearer token is required", List.of()), headers))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response mapAuthenticationFailed(AuthenticationFailedException e, HttpHeaders headers) {
        return mapUnauthorized(null, headers);
    }

    @ServerExceptionMapper
    public Response mapForbidden(ForbiddenException e, HttpHeaders headers) {
        return respond(new Problem(TYPE_BASE + "forbidden", "Forbidden", 403,
                "Your role or scope does not allow this action", List.of()), headers);
    }

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException e, HttpHeaders headers) {
        return respond(new Problem(TYPE_BASE + "malformed-json", "Malformed JSON", 400,
                "The request body is not valid JSON for this operation", List.of()), headers);
    }

    /** A JSON value of the wrong type (a word where a number belongs): named by its property path. */
    @ServerExceptionMapper
    public Response mapMismatchedInput(MismatchedInputException e, HttpHeaders headers) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
        List<Problem.FieldError> errors = field.isEmpty() ? List.of()
                : List.of(new Problem.FieldError(field, "has the wrong type"));
        return respond(new Problem(TYPE_BASE + "malformed-json", "Malformed JSON", 400,
                "The request body is not valid JSON for this operation", errors), headers);
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return respond(internalError(), headers);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request failed";
        String detail = status == 404 ? "No resource at this address" : title;
        return respond(new Problem(TYPE_BASE + "http-" + status, title, status, detail, List.of()), headers);
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Exception e, HttpHeaders headers) {
        if (isDataException(e)) {
            // PostgreSQL refused a value of the request (a NUL character, a text too long, a number out of range):
            // the transaction rolled back, nothing was written, and it is the input that is wrong
            LOG.debugf("request refused by the database: %s", e.getMessage());
            return respond(new Problem(TYPE_BASE + "unstorable-value", "Invalid request", 400,
                    "A value of the request cannot be stored: a text with a NUL character or too long, or a number "
                            + "out of range", List.of()), headers);
        }
        LOG.error("request failed", e);
        return respond(internalError(), headers);
    }

    /** True when the cause is an SQL data exception (SQLSTATE class 22). */
    private static boolean isDataException(Throwable e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static Problem internalError() {
        return new Problem(TYPE_BASE + "internal", "Internal error", 500,
                "The service could not complete the request", List.of());
    }

    private Response respond(Problem problem, HttpHeaders headers) {
        if (Negotiation.wantsHtml(headers)) {
            String html = errorPage.data("problem", problem).render();
            return Response.status(problem.status()).type(MediaType.TEXT_HTML + ";charset=UTF-8").entity(html).build();
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The last node of the violation path: the parameter or property name, not the Java method. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "" : name;
    }
}
