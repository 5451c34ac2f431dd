package vn.ocop.registry.account;

/** Where a producer claim stands. */
public enum ClaimStatus {
    PENDING, APPROVED, REJECTED
}
