package vn.ocop.registry.platform.problem;

import java.util.List;

/**
 * The one way domain code fails: an HTTP status, a stable problem code, a human-readable detail and the fields at
 * fault. {@link ProblemMapper} turns it into {@code application/problem+json}.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldError> errors;
    private final java.util.Map<String, String> headers;

    protected DomainException(int status, String code, String detail, List<FieldError> errors) {
        this(status, code, detail, errors, java.util.Map.of());
    }

    protected DomainException(int status, String code, String detail, List<FieldError> errors,
                              java.util.Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.headers = java.util.Map.copyOf(headers);
    }

    /** Response headers the problem carries (e.g. Retry-After). */
    public java.util.Map<String, String> headers() {
        return headers;
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

    /** 404: the thing named does not exist (or is not visible to the caller). */
    public static DomainException notFound(String what, Object id) {
        return new DomainException(404, "not-found", what + " " + id + " does not exist", List.of());
    }

    /** 409: the request clashes with the current state (duplicate key, concurrent change, wrong state). */
    public static DomainException conflict(String code, String detail, FieldError... errors) {
        return new DomainException(409, code, detail, List.of(errors));
    }

    /** 400: a business rule rejects the request; {@code field} names the input at fault. */
    public static DomainException invalid(String field, String message) {
        return new DomainException(400, "validation", "The request is not valid", List.of(new FieldError(field, message)));
    }

    /** 422-style rule violation reported as 400 with a specific code (e.g. a scoring rule). */
    public static DomainException ruleViolation(String code, String detail, FieldError... errors) {
        return new DomainException(400, code, detail, List.of(errors));
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

    /** 403 with a specific code: the caller may not do this here (e.g. a recused council member). */
    public static DomainException forbidden(String code, String detail) {
        return new DomainException(403, code, detail, List.of());
    }

    /** 401: no valid credentials (e.g. a missing, unknown, expired or revoked API key). */
    public static DomainException unauthorized(String detail) {
        return new DomainException(401, "unauthorized", detail, List.of(), java.util.Map.of());
    }

    /** 429: the caller's request budget is spent; Retry-After tells when to try again. */
    public static DomainException tooManyRequests(long retryAfterSeconds) {
        return new DomainException(429, "rate-limited", "Too many requests; retry after " + retryAfterSeconds
                + " s", List.of(), java.util.Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
