package vn.ocop.traceability.platform.problem;

import java.util.List;

/**
 * Thrown when a well-formed request cannot be carried out because of the state of what it refers to (a product that
 * is not certified, a producer unknown to this service): a 422.
 */
public class Unprocessable extends DomainException {

    private final String code;

    public Unprocessable(String code, String detail) {
        this(code, detail, List.of());
    }

    public Unprocessable(String code, String detail, List<Problem.FieldError> errors) {
        super(detail, errors);
        this.code = code;
    }

    public static Unprocessable ofField(String code, String field, String message) {
        return new Unprocessable(code, message, List.of(new Problem.FieldError(field, message)));
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Unprocessable request";
    }

    @Override
    public String slug() {
        return code;
    }
}
