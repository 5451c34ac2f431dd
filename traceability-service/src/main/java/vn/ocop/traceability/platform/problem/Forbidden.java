package vn.ocop.traceability.platform.problem;

import java.util.List;

/** Thrown when an authenticated caller acts on data that is not theirs (another producer's product or area): 403. */
public class Forbidden extends DomainException {

    public Forbidden(String detail) {
        super(detail, List.of());
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }

    @Override
    public String slug() {
        return "forbidden";
    }
}
