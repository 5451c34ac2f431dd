package vn.ocop.traceability.platform.problem;

import java.util.List;

/** Thrown when a request breaks a rule of the domain (a malformed GTIN, an unsupported QR format): a 400. */
public class RuleViolation extends DomainException {

    private final String code;

    public RuleViolation(String code, String detail, List<Problem.FieldError> errors) {
        super(detail, errors);
        this.code = code;
    }

    public static RuleViolation ofField(String code, String field, String message) {
        return new RuleViolation(code, message, List.of(new Problem.FieldError(field, message)));
    }

    public String code() {
        return code;
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid request";
    }

    @Override
    public String slug() {
        return code;
    }
}
