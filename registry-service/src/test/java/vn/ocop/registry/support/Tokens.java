package vn.ocop.registry.support;

import vn.ocop.infra.SharedInfra;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Real signed tokens for each role, minted with the key the service under test verifies. */
public final class Tokens {

    private Tokens() {
    }

    public static String admin() {
        return SharedInfra.jwt().token("admin@ocop.test", "admin");
    }

    public static String officer(String communeCode) {
        return SharedInfra.jwt().token("officer-" + communeCode, Set.of("commune-officer"),
                Map.of("commune_code", communeCode), Duration.ofHours(1));
    }

    public static String provinceAdmin(String provinceCode) {
        return SharedInfra.jwt().token("province-" + provinceCode, Set.of("province-admin"),
                Map.of("province_code", provinceCode), Duration.ofHours(1));
    }

    public static String producer(UUID producerId) {
        return SharedInfra.jwt().token("producer-" + producerId, Set.of("producer"),
                Map.of("producer_id", producerId.toString()), Duration.ofHours(1));
    }

    public static String role(String role) {
        return SharedInfra.jwt().token("someone-" + role, role);
    }

    public static String ministry() {
        return SharedInfra.jwt().token("ministry@mae.gov.vn", "ministry");
    }

    /**
     * A council member whose token subject names its seat; {@code provinceCode} null for the national council (whose
     * staff carry {@code province_code} = national).
     */
    public static String councilMember(String subject, String provinceCode) {
        return SharedInfra.jwt().token(subject, Set.of("council-member"),
                Map.of("province_code", provinceCode == null ? "national" : provinceCode), Duration.ofHours(1));
    }

    public static String councilSecretary(String provinceCode) {
        return SharedInfra.jwt().token("secretary-" + provinceCode, Set.of("council-secretary"),
                Map.of("province_code", provinceCode == null ? "national" : provinceCode), Duration.ofHours(1));
    }

    /** A token of {@code role} with exactly these claims (e.g. a scoped role without its scope claim). */
    public static String withClaims(String subject, String role, Map<String, Object> claims) {
        return SharedInfra.jwt().token(subject, Set.of(role), claims, Duration.ofHours(1));
    }
}
