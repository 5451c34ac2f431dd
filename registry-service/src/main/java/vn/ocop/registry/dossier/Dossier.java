package vn.ocop.registry.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ocop.registry.platform.persistence.TrackedEntity;
import vn.ocop.registry.product.Product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An OCOP dossier (hồ sơ) for one product: its state in the evaluation workflow, the producer's self-assessment,
 * the criteria set version it is scored on, and the ranking result. The producer, commune and province are copied at
 * creation so scope checks and lists need no joins.
 */
@Entity
public class Dossier extends TrackedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @Column(name = "producer_id")
    public UUID producerId;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "province_code")
    public String provinceCode;

    @Enumerated(EnumType.STRING)
    public DossierKind kind;

    @Enumerated(EnumType.STRING)
    public DossierState state;

    @Column(name = "criteria_group")
    public String criteriaGroup;

    /** Pinned at submission: the criteria set version current then. */
    @Column(name = "criteria_version")
    public Integer criteriaVersion;

    /** JSON object criterion code → option code. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "self_assessment")
    public String selfAssessment;

    @Column(name = "self_score")
    public Integer selfScore;

    @Column(name = "samples_received_on")
    public LocalDate samplesReceivedOn;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "provincial_score")
    public BigDecimal provincialScore;

    @Column(name = "final_score")
    public BigDecimal finalScore;

    @Column(name = "final_stars")
    public Short finalStars;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "certificate_id")
    public UUID certificateId;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "created_by")
    public String createdBy;
}
