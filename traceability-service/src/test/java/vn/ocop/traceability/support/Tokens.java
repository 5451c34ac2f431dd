package vn.ocop.traceability.support;

import vn.ocop.infra.SharedInfra;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Real signed bearer tokens for the test callers. */
public final class Tokens {

    private Tokens() {
    }

    /** A producer's token: role producer, claim producer_id. */
    public static String producer(UUID producerId) {
        return SharedInfra.jwt().token("producer-" + producerId, Set.of("producer"),
                Map.of("producer_id", producerId.toString()), Duration.ofHours(1));
    }

    /** A value-chain partner (processor, carrier, retailer) with a display name; its organisation id is the subject. */
    public static String partner(String subject, String name) {
        return SharedInfra.jwt().token(subject, Set.of("partner"), Map.of("name", name, "organisation_id", subject),
                Duration.ofHours(1));
    }

    /** A value-chain party of {@code role} (processor, distributor, retailer, partner) of organisation {@code org}. */
    public static String party(String role, String org) {
        return SharedInfra.jwt().token(role + "-user-" + org, Set.of(role),
                Map.of("organisation_id", org, "name", "Org " + org), Duration.ofHours(1));
    }

    /** A commune officer of {@code communeCode}. */
    public static String communeOfficer(String communeCode) {
        return SharedInfra.jwt().token("officer-" + communeCode, Set.of("commune-officer"),
                Map.of("commune_code", communeCode), Duration.ofHours(1));
    }

    /** A province admin of {@code provinceCode}. */
    public static String provinceAdmin(String provinceCode) {
        return SharedInfra.jwt().token("province-admin-" + provinceCode, Set.of("province-admin"),
                Map.of("province_code", provinceCode), Duration.ofHours(1));
    }

    /** A token of a scoped role without its scope claim (must be refused: fail closed). */
    public static String withoutScope(String role) {
        return SharedInfra.jwt().token("unscoped-" + role, Set.of(role), Map.of(), Duration.ofHours(1));
    }

    public static String admin() {
        return SharedInfra.jwt().token("admin-1", "admin");
    }

    public static String ministry() {
        return SharedInfra.jwt().token("ministry-1", "ministry");
    }
}
