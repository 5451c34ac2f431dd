package vn.ocop.registry.certificate.rest;

import vn.ocop.registry.certificate.Certificate;
import vn.ocop.registry.certificate.CertificateStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A certificate as the API shows it, with its status as of today. */
public record CertificateView(UUID id, UUID productId, String number, int stars, String issuingAuthority,
                              LocalDate decisionDate, LocalDate validUntil, CertificateStatus status,
                              OffsetDateTime revokedAt, String revocationReason) {

    public static CertificateView of(Certificate c, LocalDate today) {
        return new CertificateView(c.id, c.product.id, c.number, c.stars, c.issuingAuthority, c.decisionDate,
                c.validUntil, c.statusOn(today), c.revokedAt, c.revocationReason);
    }
}
