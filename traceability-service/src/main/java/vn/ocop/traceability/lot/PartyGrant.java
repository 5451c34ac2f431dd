package vn.ocop.traceability.lot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A producer's grant to another organisation to record value-chain events on one lot, or on every lot of a product
 * ({@code lotId} null), in a chain role; in force until revoked.
 */
@Entity
@Table(name = "party_grant")
public class PartyGrant {

    /** The organisation's place in the value chain. */
    public enum ChainRole {
        PROCESSOR, DISTRIBUTOR, RETAILER
    }

    @Id
    public UUID id;
    @Column(name = "product_id")
    public UUID productId;
    @Column(name = "lot_id")
    public UUID lotId;
    @Column(name = "organisation_id")
    public String organisationId;
    @Column(name = "organisation_name")
    public String organisationName;
    @Enumerated(EnumType.STRING)
    @Column(name = "chain_role")
    public ChainRole chainRole;
    @Column(name = "granted_by")
    public String grantedBy;
    @Column(name = "granted_at")
    public OffsetDateTime grantedAt;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}
