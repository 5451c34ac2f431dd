package vn.ocop.registry.account.rest;

import vn.ocop.registry.account.Account;
import vn.ocop.registry.account.ProducerRole;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An account as listed: role and scope (what its tokens carry), state and who provisioned it; no credentials. */
public record AccountView(UUID id, String username, String displayName, String role, String provinceCode,
                          String communeCode, UUID producerId, ProducerRole producerRole, String organisationId,
                          String organisationName, boolean enabled, String provisionedBy, OffsetDateTime createdAt) {

    public static AccountView of(Account a) {
        return new AccountView(a.id, a.username, a.displayName, a.role, a.provinceCode, a.communeCode, a.producerId,
                a.producerRole, a.organisationId, a.organisationName, a.enabled, a.provisionedBy, a.createdAt);
    }
}
