package vn.ocop.traceability.lot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A production lot of a product (GS1 AI 10), optionally from a growing area; owns the head of its events' hash chain.
 */
@Entity
@Table(name = "lot")
public class Lot {

    @Id
    public UUID id;
    @Column(name = "product_id")
    public UUID productId;
    @Column(name = "lot_code")
    public String lotCode;
    @Column(name = "production_date")
    public LocalDate productionDate;
    @Column(name = "expiry_date")
    public LocalDate expiryDate;
    public BigDecimal quantity;
    public String unit;
    @Column(name = "growing_area_id")
    public UUID growingAreaId;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    /** Hash of the newest event of the lot; null before the first. */
    @Column(name = "head_hash")
    public String headHash;
    @Column(name = "event_count")
    public int eventCount;
    /** When the lot's events first came from two distinct parties (the value-chain linkage event was written). */
    @Column(name = "linked_at")
    public OffsetDateTime linkedAt;
    /** Who recorded the lot's first events; a different recorder later makes the lot linked. */
    @Column(name = "first_party")
    public String firstParty;
    @Version
    public long version;
}
