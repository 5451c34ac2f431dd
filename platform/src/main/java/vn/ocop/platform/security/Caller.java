package vn.ocop.platform.security;

import io.quarkus.security.UnauthorizedException;
import vn.ocop.contract.Roles;
import vn.ocop.platform.problem.DomainException;

import java.util.Set;
import java.util.UUID;

/**
 * The caller of a request as both services see it, and the pure scope questions asked of it: the token subject, the
 * principal name recorded as actor, the account name, the roles, the producer the token speaks for
 * ({@code producer_id}), a display name, the officer scope ({@code commune_code}, {@code province_code}) and the
 * value-chain organisation ({@code organisation_id}). Claim values are as the token carries them; a blank one is
 * absent. Read from the verified token by {@link CallerProvider}.
 *
 * @param subject        the token subject ({@code sub}, else the principal name); null only for the anonymous caller
 * @param actor          the principal name, as recorded in audit trails; {@code anonymous} without a token
 * @param username       the account name ({@code preferred_username}, else the actor)
 * @param roles          the roles ({@code groups})
 * @param producerId     the {@code producer_id} claim when it is a UUID
 * @param name           the display name ({@code name})
 * @param communeCode    the commune of a commune officer
 * @param provinceCode   the province of a province admin or council staff ({@value #NATIONAL} for national staff)
 * @param organisationId the organisation of a value-chain party
 */
public record Caller(String subject, String actor, String username, Set<String> roles, UUID producerId, String name,
                     String communeCode, String provinceCode, String organisationId) {

    /** The {@code province_code} of national council staff. */
    public static final String NATIONAL = "national";

    private static final String ANONYMOUS_ACTOR = "anonymous";
    private static final Caller ANONYMOUS = new Caller(null, ANONYMOUS_ACTOR, ANONYMOUS_ACTOR, Set.of(), null, null,
            null, null, null);

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The caller of a request without a token (or outside any request's identity). */
    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Roles.ADMIN);
    }

    /** Admin and ministry act everywhere. */
    public boolean isNational() {
        return isAdmin() || has(Roles.MINISTRY);
    }

    /** True when the token's {@code province_code} is {@value #NATIONAL} (national council staff). */
    public boolean hasNationalProvinceScope() {
        return NATIONAL.equals(provinceCode);
    }

    /** True for a producer token carrying this producer's id. */
    public boolean isProducer(UUID producer) {
        return has(Roles.PRODUCER) && producer != null && producer.equals(producerId);
    }

    /** True when the caller may act for {@code producer}: an admin, or a producer token carrying that producer id. */
    public boolean actsFor(UUID producer) {
        return isAdmin() || isProducer(producer);
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
        return has(Roles.MINISTRY)
                || has(Roles.PROVINCE_ADMIN) && provinceCode != null && provinceCode.equals(province)
                || has(Roles.COMMUNE_OFFICER) && communeCode != null && communeCode.equals(commune);
    }

    /** True when the caller may act on something located in this commune and province: national roles or its officer. */
    public boolean coversPlace(String commune, String province) {
        return isNational() || officerCovers(commune, province);
    }

    /**
     * Whether the caller is this producer or staff whose scope covers it (commune officer of its commune, province
     * admin of its province, ministry, admin): who may see its contact details and tax code.
     */
    public boolean covers(UUID producer, String commune, String province) {
        return !isAnonymous() && (isProducer(producer) || coversPlace(commune, province));
    }

    /** Refuses unless the caller has {@code role}: 401 without a token, 403 with another role. */
    public void requireRole(String role) {
        if (isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!has(role)) {
            throw refused("role " + role + " required");
        }
    }

    /** Refuses (403) unless the caller may act on something located in this commune and province. */
    public void requireLocation(String commune, String province) {
        if (!coversPlace(commune, province)) {
            throw refused("outside the caller's area");
        }
    }

    /** Refuses (403) unless the caller may act for this producer (its own, or one in its area). */
    public void requireProducer(UUID producer, String commune, String province) {
        if (!isProducer(producer)) {
            requireLocation(commune, province);
        }
    }

    private static DomainException refused(String reason) {
        return DomainException.refused(reason);
    }
}
