package vn.ocop.traceability.trace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An OCOP certificate as last reported by the registry. Its validity is never stored: it is computed as of now from
 * {@code validUntil}, {@code revokedAt} and an EXPIRED registry status (see {@link CertificateStatus}).
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    public UUID id;
    @Column(name = "product_id")
    public UUID productId;
    public String number;
    public int stars;
    @Column(name = "issuing_authority")
    public String issuingAuthority;
    @Column(name = "decision_date")
    public LocalDate decisionDate;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    /** The registry's status when the event was written; EXPIRED (certificate.expired) is final, the rest informative. */
    @Column(name = "registry_status")
    public String registryStatus;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
    @Column(name = "revocation_reason")
    public String revocationReason;
    @Column(name = "previous_stars")
    public Integer previousStars;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Where the certificate stands on {@code today}. */
    public CertificateStatus statusOn(LocalDate today) {
        return CertificateStatus.of(validUntil, revokedAt, registryStatus, today);
    }
}
