package vn.ocop.registry.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.ocop.registry.platform.persistence.TrackedEntity;
import vn.ocop.registry.product.Product;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An OCOP certificate: the stars a product holds from a decision date until it lapses, is revoked or is superseded by
 * the certificate of a re-evaluation. System-issued certificates are numbered per province and year; certificates
 * recorded from paper keep their own numbers.
 */
@Entity
public class Certificate extends TrackedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    public String number;

    public short stars;

    @Column(name = "issuing_authority")
    public String issuingAuthority;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;

    /** The province that issued it (the producer's province at the time). */
    @Column(name = "province_code")
    public String provinceCode;

    /** The year of the decision date. */
    @Column(name = "issue_year")
    public int issueYear;

    /** Place in the province's numbering of that year; null for certificates recorded with their own number. */
    public Integer sequence;

    /** The dossier whose ranking issued it; null for recorded certificates. */
    @Column(name = "dossier_id")
    public UUID dossierId;

    /** When the producer was reminded of the coming expiry. */
    @Column(name = "reminder_sent_at")
    public OffsetDateTime reminderSentAt;

    /** When the expiry run recorded the lapse; from then on it stays expired whatever the clock says. */
    @Column(name = "expired_at")
    public OffsetDateTime expiredAt;

    /** The certificate of the re-evaluation that replaced it. */
    @Column(name = "superseded_by")
    public UUID supersededBy;

    /** The status on {@code day}: revoked wins, then superseded, then expiry (recorded, or after {@code validUntil}). */
    public CertificateStatus statusOn(LocalDate day) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        if (supersededBy != null) {
            return CertificateStatus.SUPERSEDED;
        }
        return expiredAt != null || day.isAfter(validUntil) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }
}
