package vn.ocop.registry.register;

import java.util.List;

/**
 * The sheets and columns of a register workbook, shared by the export, the import template and the import: a file
 * exported from one registry imports into another. {@code ref} is a key local to the file (the export writes ids);
 * a product's {@code producerRef} names a producer row of the file or an existing producer's id, a certificate's
 * {@code productRef} a product row of the file or an existing product's id.
 */
public final class RegisterSheets {

    public static final String PRODUCERS = "producers";
    public static final String PRODUCTS = "products";
    public static final String CERTIFICATES = "certificates";

    public static final List<String> PRODUCER_COLUMNS = List.of("ref", "name", "type", "taxCode", "communeCode",
            "address", "contactName", "phone", "email", "workers");
    public static final List<String> PRODUCT_COLUMNS = List.of("ref", "producerRef", "name", "groupCode", "gtin",
            "description");
    /** {@code status} is written by the export for information; the import ignores it. */
    public static final List<String> CERTIFICATE_COLUMNS = List.of("productRef", "number", "stars",
            "issuingAuthority", "decisionDate", "validUntil", "status");

    private RegisterSheets() {
    }
}
