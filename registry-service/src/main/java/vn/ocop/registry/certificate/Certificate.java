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

/** An OCOP certificate: the stars a product holds from a decision date until it lapses or is revoked. */
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

    /** The status on {@code day}: revoked wins, then expiry after {@code validUntil}. */
    public CertificateStatus statusOn(LocalDate day) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        return day.isAfter(validUntil) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }
}
