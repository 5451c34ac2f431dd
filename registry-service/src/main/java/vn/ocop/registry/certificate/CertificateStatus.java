package vn.ocop.registry.certificate;

/** Where a certificate stands on a given day. */
public enum CertificateStatus {
    VALID, EXPIRED, REVOKED
}
