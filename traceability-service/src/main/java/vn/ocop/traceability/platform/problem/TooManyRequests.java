package vn.ocop.traceability.platform.problem;

import java.time.Duration;
import java.util.List;

/** Thrown when a caller has used up a quota or rate limit: 429, with {@code Retry-After} when it is known. */
public class TooManyRequests extends DomainException {

    private final String code;
    private final Duration retryAfter;

    public TooManyRequests(String code, String detail, List<Problem.FieldError> errors, Duration retryAfter) {
        super(detail, errors);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    /** How long the caller should wait before trying again (null when unknown). */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Too many requests";
    }

    @Override
    public String slug() {
        return code;
    }
}
