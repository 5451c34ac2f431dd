package vn.ocop.registry.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place where failures become HTTP answers: every domain, validation, JSON, security and persistence error is
 * turned into {@code application/problem+json} with field-level errors. Nothing else formats errors.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"),
            Map.entry(413, "Content Too Large"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"));

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        Response response = respond(e.status(), e.code(), e.getMessage(), e.errors());
        e.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        return response;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(400, "validation", "The request is not valid", errors);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return respond(400, "validation", "The request is not valid",
                    List.of(new FieldError(pathOf(u), "is not a known field")));
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String expected = m instanceof InvalidFormatException f && f.getTargetType() != null
                    ? describe(f.getTargetType()) : "a value of another type";
            return respond(400, "validation", "The request is not valid",
                    List.of(new FieldError(pathOf(m), "must be " + expected)));
        }
        return respond(400, "malformed-json", "The request body is not well-formed JSON", List.of());
    }

    /** Takes precedence over the JSON extension's own mapper, which does not answer with problem details. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return respond(409, "concurrent-change", "The resource was changed by someone else; reload it and try again",
                List.of());
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException c) {
                // the client learns the kind of rule; the operator which one
                LOG.warnf("constraint %s (%s) refused a change: %s", c.getConstraintName(), c.getKind(),
                        c.getSQLException() == null ? c.getMessage() : c.getSQLException().getMessage());
                if (c.getKind() == ConstraintKind.UNIQUE) {
                    return respond(409, "duplicate", "A record with the same unique value exists already", List.of());
                }
                return respond(409, "constraint", "The change breaks a data rule", List.of());
            }
            if (cause instanceof org.hibernate.StaleStateException) {
                return optimisticLock(null);
            }
            if (cause instanceof org.hibernate.exception.DataException) {
                // SQL state class 22: a value the input carried does not fit its column (too long, out of range)
                return respond(400, "validation", "A value of the request does not fit what the register stores "
                        + "(too long or out of range)", List.of(new FieldError("body", "has a value that is too long "
                        + "or out of range")));
            }
            cause = cause.getCause();
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.fromResponse(respond(401, "unauthorized", "A valid bearer token is required", List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized(null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "forbidden", "Your role does not allow this action", List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (e.getResponse().getEntity() instanceof Problem) {
            return e.getResponse();
        }
        String detail = status == 404 ? "No resource at this address" : e.getMessage();
        return respond(status, "http-" + status, detail, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        LOG.error("unexpected failure", e);
        return respond(500, "internal", "The server could not complete the request; it has been logged", List.of());
    }

    /** Builds the problem response; also used by filters that answer before JAX-RS (e.g. the body size limit). */
    public static Response respond(int status, String code, String detail, List<FieldError> errors) {
        Problem problem = Problem.of(status, code, TITLES.getOrDefault(status, "Error"), detail, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The request field of a violation: method and parameter nodes dropped, unless the parameter itself is the field. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(n -> {
            if (n.getKind() != ElementKind.METHOD && n.getKind() != ElementKind.CROSS_PARAMETER) {
                nodes.add(n);
            }
        });
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.length() > 0 ? "." : "").append(name);
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object c : constants) {
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
