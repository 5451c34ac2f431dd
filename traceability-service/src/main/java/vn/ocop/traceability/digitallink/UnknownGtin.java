package vn.ocop.traceability.digitallink;

import vn.ocop.traceability.platform.problem.NotFound;

/** No product carries the GTIN of a Digital Link: nothing to resolve, not even a linkset (404). */
public class UnknownGtin extends NotFound {

    public UnknownGtin(String gtin14) {
        super("No product with GTIN " + gtin14);
    }
}
