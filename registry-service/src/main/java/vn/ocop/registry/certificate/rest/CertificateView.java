package vn.ocop.registry.certificate.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.certificate.Certificate;
import vn.ocop.registry.certificate.CertificateStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A certificate as the API shows it, with its status as of today. */
@Schema(name = "CertificateView")
public record CertificateView(UUID id, UUID productId,
                              @Schema(examples = "OCOP-19-2026-00001") String number,
                              int stars, String issuingAuthority, LocalDate decisionDate,
                              @Schema(description = "Decision date + 36 months") LocalDate validUntil,
                              CertificateStatus status, OffsetDateTime revokedAt, String revocationReason,
                              @Schema(description = "The dossier whose ranking issued it; absent for recorded "
                                      + "certificates") UUID dossierId,
                              @Schema(description = "The certificate of the re-evaluation that replaced it")
                              UUID supersededBy,
                              @Schema(description = "When the producer was reminded of the coming expiry")
                              OffsetDateTime reminderSentAt,
                              @Schema(description = "When the registry recorded the lapse") OffsetDateTime expiredAt) {

    public static CertificateView of(Certificate c, LocalDate today) {
        return new CertificateView(c.id, c.product.id, c.number, c.stars, c.issuingAuthority, c.decisionDate,
                c.validUntil, c.statusOn(today), c.revokedAt, c.revocationReason, c.dossierId, c.supersededBy,
                c.reminderSentAt, c.expiredAt);
    }
}
