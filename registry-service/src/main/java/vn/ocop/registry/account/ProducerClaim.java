package vn.ocop.registry.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ocop.registry.platform.persistence.TrackedEntity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An account's request to act for a producer, with its evidence, and the commune officer's decision on it. */
@Entity
@Table(name = "producer_claim")
public class ProducerClaim extends TrackedEntity {

    @Id
    public UUID id;

    @Column(name = "producer_id")
    public UUID producerId;

    @Column(name = "account_id")
    public UUID accountId;

    public String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "producer_role")
    public ProducerRole producerRole;

    @Column(name = "tax_code")
    public String taxCode;

    @Column(name = "registration_number")
    public String registrationNumber;

    public String note;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    public String reason;
}
