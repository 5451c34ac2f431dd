package vn.ocop.traceability.platform.security;

import vn.ocop.contract.Roles;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as far as this service's rules care: the token subject, roles, the producer the token speaks for
 * (claim {@code producer_id}), a display name, and the scope claims of officers ({@code commune_code},
 * {@code province_code}) and value-chain parties ({@code organisation_id}).
 */
public record Caller(String subject, Set<String> roles, UUID producerId, String name, String communeCode,
                     String provinceCode, String organisationId) {

    /** A caller without officer or organisation scope (producers, admins, tests of pure rules). */
    public Caller(String subject, Set<String> roles, UUID producerId, String name) {
        this(subject, roles, producerId, name, null, null, null);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** True when the caller may act for {@code producer}: an admin, or a producer token carrying that producer id. */
    public boolean actsFor(UUID producer) {
        return isAdmin() || (roles.contains(Roles.PRODUCER) && producer != null && producer.equals(producerId));
    }

    /** True for a value-chain party (processor, distributor, retailer, partner) with its organisation id. */
    public boolean isParty() {
        return organisationId != null && roles.stream().anyMatch(Roles.PARTY_ROLES::contains);
    }

    /**
     * True when the caller's officer scope covers a place: the ministry everywhere, a province admin its province, a
     * commune officer its commune.
     */
    public boolean officerCovers(String commune, String province) {
        return roles.contains(Roles.MINISTRY)
                || roles.contains(Roles.PROVINCE_ADMIN) && provinceCode != null && provinceCode.equals(province)
                || roles.contains(Roles.COMMUNE_OFFICER) && communeCode != null && communeCode.equals(commune);
    }
}
