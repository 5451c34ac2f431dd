package vn.ocop.registry.certificate;

/** Where a certificate stands on a given day; only VALID shows its stars. */
public enum CertificateStatus {
    VALID, EXPIRED, REVOKED,
    /** Replaced by the certificate of a re-evaluation (renewal, upgrade or downgrade). */
    SUPERSEDED
}
