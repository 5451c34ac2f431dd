package vn.ocop.traceability.trace;

import java.time.OffsetDateTime;

/**
 * The read model of what a scan of a Digital Link URI answers, which the scan page renders and the resolver's JSON
 * writes: the product, the scanned (uncompressed) URI and, for a lot or serialized unit, the lot and the serial with
 * what the authenticity check said about this scan.
 */
public record ScanAnswer(ProductTrace product, String uri, LotTrace lot, SerialCheck serial) {

    /** The answer for a product itself: its own Digital Link, no lot, no serial. */
    public static ScanAnswer ofProduct(ProductTrace product) {
        return new ScanAnswer(product, product.digitalLink(), null, null);
    }

    /** True when the scanned serial was judged not to be a code issued for this product (or lot). */
    public boolean notAnIssuedCode() {
        return serial != null && "UNKNOWN_SERIAL".equals(serial.verdict());
    }

    /**
     * A serialized unit (GS1 AI 21) and the verdict on this scan (AUTHENTIC, SCANNED_MANY_TIMES, SUSPICIOUS or
     * UNKNOWN_SERIAL); verdict, count and first scan are null when no verification was made.
     */
    public record SerialCheck(String serial, String digitalLink, String verdict, Long scanCount,
                              OffsetDateTime firstScannedAt) {
    }
}
