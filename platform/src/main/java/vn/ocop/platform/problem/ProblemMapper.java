package vn.ocop.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where failures become HTTP answers, in both services: domain, validation, JSON, security and
 * persistence errors become {@code application/problem+json} with field-level errors (or the service's
 * {@link ProblemPages} page for a browser). Field paths are written in full ({@code parts[0].sections[1].code}),
 * a concurrent change or a broken unique rule is a 409, a value the database cannot store a 400; never a stack trace.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String NOT_VALID = "The request is not valid";

    private final Instance<ProblemPages> pages;

    public ProblemMapper(Instance<ProblemPages> pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers) {
        Response response = answer(Problem.of(e.status(), e.code(), e.getMessage(), e.errors()), headers);
        e.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        return response;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(FieldError::of)
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return answer(Problem.of(400, "validation", NOT_VALID, errors), headers);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders headers) {
        if (e instanceof UnrecognizedPropertyException u) {
            return answer(Problem.of(400, "validation", NOT_VALID,
                    List.of(new FieldError(pathOf(u), "is not a known field"))), headers);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String expected = m instanceof InvalidFormatException f && f.getTargetType() != null
                    ? describe(f.getTargetType()) : "a value of another type";
            return answer(Problem.of(400, "validation", NOT_VALID,
                    List.of(new FieldError(pathOf(m), "must be " + expected))), headers);
        }
        return answer(Problem.of(400, "malformed-json", "The request body is not well-formed JSON", List.of()),
                headers);
    }

    /** Takes precedence over the JSON extension's own mapper, which does not answer with problem details. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers) {
        return json(e, headers);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers) {
        return concurrentChange(headers);
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, HttpHeaders headers) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException c) {
                // the client learns the kind of rule; the operator which one
                LOG.warnf("constraint %s (%s) refused a change: %s", c.getConstraintName(), c.getKind(),
                        c.getSQLException() == null ? c.getMessage() : c.getSQLException().getMessage());
                if (c.getKind() == ConstraintKind.UNIQUE) {
                    return answer(Problem.of(409, "duplicate", "A record with the same unique value exists already",
                            List.of()), headers);
                }
                return answer(Problem.of(409, "constraint", "The change breaks a data rule", List.of()), headers);
            }
            if (cause instanceof org.hibernate.StaleStateException) {
                return concurrentChange(headers);
            }
        }
        return unexpected(e, headers);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
        return Response.fromResponse(answer(Problem.of(401, "unauthorized", "A valid bearer token is required",
                List.of()), headers)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers) {
        return unauthorized(null, headers);
    }

    /** A refusal by role or scope; the reason our own checks give is kept, the framework's bare refusal explained. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return domain(DomainException.refused(e.getMessage()), headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers);
        }
        if (e.getResponse().getEntity() instanceof Problem) {
            return e.getResponse();
        }
        String detail = status == 404 ? "No resource at this address" : e.getMessage();
        return answer(Problem.of(status, "http-" + status, detail, List.of()), headers);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpHeaders headers) {
        if (isDataException(e)) {
            // PostgreSQL refused a value of the request (a NUL character, a text too long, a number out of range):
            // the transaction rolled back, nothing was written, and it is the input that is wrong
            LOG.debugf("request refused by the database: %s", e.getMessage());
            return answer(Problem.of(400, "unstorable-value", "A value of the request cannot be stored: a text with "
                    + "a NUL character or too long, or a number out of range",
                    List.of(new FieldError("body", "has a value that is too long or out of range"))), headers);
        }
        LOG.error("unexpected failure", e);
        return answer(Problem.of(500, "internal", "The server could not complete the request; it has been logged",
                List.of()), headers);
    }

    /** A problem answered as JSON; for filters that answer before JAX-RS (e.g. a body size limit). */
    public static Response respond(int status, String code, String detail, List<FieldError> errors) {
        return json(Problem.of(status, code, detail, errors));
    }

    /** {@code problem} as {@code application/problem+json}. */
    public static Response json(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private Response answer(Problem problem, HttpHeaders headers) {
        if (pages.isResolvable()) {
            Response page = pages.get().render(problem, headers);
            if (page != null) {
                return page;
            }
        }
        return json(problem);
    }

    private Response concurrentChange(HttpHeaders headers) {
        return answer(Problem.of(409, "concurrent-change",
                "The resource was changed by someone else; reload it and try again", List.of()), headers);
    }

    /** True when the cause is an SQL data exception (SQLSTATE class 22) or Hibernate's name for one. */
    private static boolean isDataException(Throwable e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.DataException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }


    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                names.add(((Enum<?>) c).name());
            }
            return "one of " + String.join(", ", names);
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == java.time.LocalDate.class) {
            return "a date yyyy-MM-dd";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text without NUL characters or unpaired surrogates";
        }
        return "a " + type.getSimpleName();
    }
}
