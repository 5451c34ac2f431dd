package vn.ocop.traceability.lot.mapping;

/** The GS1 rule for batch/lot numbers, AI (10): 1 to 20 characters of the GS1 AI encodable character set 82. */
public final class LotCodes {

    /** Character set 82 (GS1 General Specifications, figure 7.11-1), 1–20 characters. */
    public static final String PATTERN = "^[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}$";
    public static final String MESSAGE = "must be 1 to 20 characters of the GS1 character set 82 (no spaces or accents)";

    private LotCodes() {
    }
}
