package vn.ocop.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of every certificate event: the certificate as it stands after the fact. {@code status} is the registry's
 * view when the event was written (VALID, REVOKED, EXPIRED); consumers still compute validity as of now from
 * {@code validUntil} and {@code revokedAt}, and an EXPIRED status (certificate.expired) stands whatever their clock
 * says: the registry is authoritative.
 */
public record CertificateData(UUID certificateId, UUID productId, String number, int stars, String issuingAuthority,
                              LocalDate decisionDate, LocalDate validUntil, String status, OffsetDateTime revokedAt,
                              String revocationReason, Integer previousStars) {
}
