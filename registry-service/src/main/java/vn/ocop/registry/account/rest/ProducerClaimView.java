package vn.ocop.registry.account.rest;

import vn.ocop.registry.account.ClaimStatus;
import vn.ocop.registry.account.ProducerClaim;
import vn.ocop.registry.account.ProducerRole;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A producer claim with its evidence and decision. */
public record ProducerClaimView(UUID id, UUID producerId, UUID accountId, String username, ProducerRole producerRole,
                                String taxCode, String registrationNumber, String note, ClaimStatus status,
                                String decidedBy, OffsetDateTime decidedAt, String reason, OffsetDateTime createdAt) {

    public static ProducerClaimView of(ProducerClaim c) {
        return new ProducerClaimView(c.id, c.producerId, c.accountId, c.username, c.producerRole, c.taxCode,
                c.registrationNumber, c.note, c.status, c.decidedBy, c.decidedAt, c.reason, c.createdAt);
    }
}
