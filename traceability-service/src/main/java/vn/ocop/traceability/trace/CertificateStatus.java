package vn.ocop.traceability.trace;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Validity of a certificate as of a given day: the only place that decides whether stars may be shown. */
public enum CertificateStatus {
    VALID, EXPIRING_SOON, EXPIRED, REVOKED;

    /** Certificates expiring within this many days are flagged (the issuer notifies the producer ≥ 30 days ahead). */
    public static final int EXPIRING_SOON_DAYS = 30;

    /** REVOKED when revoked, EXPIRED after {@code validUntil}, EXPIRING_SOON within 30 days of it, else VALID. */
    public static CertificateStatus of(LocalDate validUntil, OffsetDateTime revokedAt, LocalDate today) {
        return of(validUntil, revokedAt, null, today);
    }

    /**
     * As {@link #of(LocalDate, OffsetDateTime, LocalDate)}, and EXPIRED whenever the registry has reported the
     * certificate expired ({@code registryStatus} EXPIRED, from certificate.expired): the registry is authoritative,
     * whatever this service's clock says.
     */
    public static CertificateStatus of(LocalDate validUntil, OffsetDateTime revokedAt, String registryStatus,
                                       LocalDate today) {
        if (revokedAt != null) {
            return REVOKED;
        }
        if (validUntil.isBefore(today) || EXPIRED.name().equals(registryStatus)) {
            return EXPIRED;
        }
        if (!validUntil.isAfter(today.plusDays(EXPIRING_SOON_DAYS))) {
            return EXPIRING_SOON;
        }
        return VALID;
    }

    /** True when the certificate's stars may be shown as a current OCOP rating. */
    public boolean showsStars() {
        return this == VALID || this == EXPIRING_SOON;
    }
}
