package vn.ocop.registry.linkage;

/** The partner's role in a linkage contract. */
public enum LinkageRole {
    /** Supplies raw material (vùng nguyên liệu). */
    RAW_MATERIAL_SUPPLIER,
    /** Buys the product (bao tiêu). */
    BUYER,
    /** Distributes the product. */
    DISTRIBUTOR
}
