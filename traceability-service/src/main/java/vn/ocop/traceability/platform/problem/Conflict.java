package vn.ocop.traceability.platform.problem;

import java.util.List;

/** Thrown when a request collides with the current state: a duplicate key or a stale version (409). */
public class Conflict extends DomainException {

    private final String code;

    public Conflict(String code, String detail, List<Problem.FieldError> errors) {
        super(detail, errors);
        this.code = code;
    }

    public static Conflict ofField(String code, String field, String message) {
        return new Conflict(code, message, List.of(new Problem.FieldError(field, message)));
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }

    @Override
    public String slug() {
        return code;
    }
}
