package vn.ocop.platform.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The one way domain code fails, in both services: an HTTP status, a stable problem code, a human-readable detail,
 * the fields at fault and the response headers the answer needs (Retry-After). Made by the factories below;
 * {@link ProblemMapper} turns it into {@code application/problem+json}.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient List<FieldError> errors;
    private final transient Map<String, String> headers;

    protected DomainException(int status, String code, String detail, List<FieldError> errors) {
        this(status, code, detail, errors, Map.of());
    }

    protected DomainException(int status, String code, String detail, List<FieldError> errors,
                              Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Response headers the problem carries (e.g. Retry-After). */
    public Map<String, String> headers() {
        return headers;
    }

    /** 404: the thing named does not exist (or is not visible to the caller). */
    public static DomainException notFound(String what, Object id) {
        return notFound(what + " " + id + " does not exist");
    }

    /** 404 with the detail as given. */
    public static DomainException notFound(String detail) {
        return notFound(detail, List.of());
    }

    /** 404 with what the client could have asked for instead (e.g. the link types that are available). */
    public static DomainException notFound(String detail, List<FieldError> errors) {
        return new DomainException(404, "not-found", detail, errors);
    }

    /** 409: the request clashes with the current state (duplicate key, concurrent change, wrong state). */
    public static DomainException conflict(String code, String detail, FieldError... errors) {
        return conflict(code, detail, List.of(errors));
    }

    public static DomainException conflict(String code, String detail, List<FieldError> errors) {
        return new DomainException(409, code, detail, errors);
    }

    /** 409 on one field, the message being the detail too. */
    public static DomainException conflictOn(String code, String field, String message) {
        return conflict(code, message, new FieldError(field, message));
    }

    /** 400: a business rule rejects the request; {@code field} names the input at fault. */
    public static DomainException invalid(String field, String message) {
        return new DomainException(400, "validation", "The request is not valid", List.of(new FieldError(field, message)));
    }

    /** 400 with a specific code: a rule of the domain rejects the request (a scoring rule, a malformed GTIN). */
    public static DomainException ruleViolation(String code, String detail, FieldError... errors) {
        return ruleViolation(code, detail, List.of(errors));
    }

    public static DomainException ruleViolation(String code, String detail, List<FieldError> errors) {
        return new DomainException(400, code, detail, errors);
    }

    /** 400 with a specific code on one field, the message being the detail too. */
    public static DomainException ruleViolationOn(String code, String field, String message) {
        return ruleViolation(code, message, new FieldError(field, message));
    }

    /**
     * 422: a well-formed request that cannot be carried out because of the state of what it refers to (a product
     * that is not certified, a producer this service does not know).
     */
    public static DomainException unprocessable(String code, String detail, FieldError... errors) {
        return unprocessable(code, detail, List.of(errors));
    }

    public static DomainException unprocessable(String code, String detail, List<FieldError> errors) {
        return new DomainException(422, code, detail, errors);
    }

    /** 422 on one field, the message being the detail too. */
    public static DomainException unprocessableOn(String code, String field, String message) {
        return unprocessable(code, message, new FieldError(field, message));
    }

    /** 413: the body is larger than the limit for this kind of content. */
    public static DomainException tooLarge(String detail, FieldError... errors) {
        return new DomainException(413, "body-too-large", detail, List.of(errors));
    }

    /** 413 with a specific code: a collection limit is reached (the detail and errors state the limit). */
    public static DomainException limitExceeded(String code, String detail, FieldError... errors) {
        return new DomainException(413, code, detail, List.of(errors));
    }

    /** 415: the content is not of a type accepted here (judged by the content itself). */
    public static DomainException unsupportedType(String detail, FieldError... errors) {
        return new DomainException(415, "unsupported-media-type", detail, List.of(errors));
    }

    /** 403: the caller may not do this to this object; the detail says why (whose it is, which scope is missing). */
    public static DomainException forbidden(String detail) {
        return forbidden("forbidden", detail);
    }

    /** What a refusal by role or scope says, with our reason when there is one. */
    static final String REFUSED = "Your role or scope does not allow this action";

    /**
     * 403 {@code forbidden}: the caller's role or scope does not allow this action, for {@code reason} (said in the
     * detail, e.g. "outside the caller's province"). The one way our code refuses by role or scope.
     */
    public static DomainException refused(String reason) {
        return forbidden(reason == null || reason.isBlank() ? REFUSED : REFUSED + ": " + reason);
    }

    /** 403 with a specific code (e.g. a recused council member). */
    public static DomainException forbidden(String code, String detail) {
        return new DomainException(403, code, detail, List.of());
    }

    /** 403 with a specific code and the fields at fault (e.g. the scope claim a token lacks). */
    public static DomainException forbidden(String code, String detail, List<FieldError> errors) {
        return new DomainException(403, code, detail, errors);
    }

    /** 401: no valid credentials (e.g. a missing, unknown, expired or revoked API key). */
    public static DomainException unauthorized(String detail) {
        return new DomainException(401, "unauthorized", detail, List.of());
    }

    /** 429: the caller's request budget is spent; Retry-After tells when to try again. */
    public static DomainException tooManyRequests(long retryAfterSeconds) {
        return tooManyRequests("rate-limited", "Too many requests; retry after " + retryAfterSeconds + " s",
                List.of(), Duration.ofSeconds(retryAfterSeconds));
    }

    /** 503: the service cannot take the request now (e.g. too much is waiting on its database); Retry-After ≥ 1 s. */
    public static DomainException unavailable(String code, String detail, Duration retryAfter) {
        return new DomainException(503, code, detail, List.of(), retryAfter(retryAfter));
    }

    /** 429 with a specific code; Retry-After (at least 1 s) when {@code retryAfter} is known. */
    public static DomainException tooManyRequests(String code, String detail, List<FieldError> errors,
                                                  Duration retryAfter) {
        return new DomainException(429, code, detail, errors, retryAfter == null ? Map.of() : retryAfter(retryAfter));
    }

    /** The Retry-After header, in whole seconds, at least 1. */
    private static Map<String, String> retryAfter(Duration retryAfter) {
        return Map.of("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
    }
}
