package vn.ocop.traceability.digitallink;

import vn.ocop.platform.problem.DomainException;

import java.util.List;

/** No product carries the GTIN of a Digital Link: nothing to resolve, not even a linkset (404). */
public class UnknownGtin extends DomainException {

    public UnknownGtin(String gtin14) {
        super(404, "not-found", "No product with GTIN " + gtin14, List.of());
    }
}
