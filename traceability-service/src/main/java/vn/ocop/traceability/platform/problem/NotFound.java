package vn.ocop.traceability.platform.problem;

import java.util.List;

/** Thrown when the requested product, code or record does not exist. */
public class NotFound extends DomainException {

    public NotFound(String detail) {
        super(detail, List.of());
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
