package vn.ocop.traceability.platform.problem;

import java.util.List;

/** Thrown when the requested product, code or record does not exist. */
public class NotFound extends DomainException {

    public NotFound(String detail) {
        super(detail, List.of());
    }

    /** Not found, with what the client could have asked for instead (e.g. the link types that are available). */
    public NotFound(String detail, List<Problem.FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }

    @Override
    public String slug() {
        return "not-found";
    }
}
