package vn.ocop.localstack;

import vn.ocop.infra.JwtKeys;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Owns the demo bearer tokens printed by the launcher: one per role, with the scope claims the role needs. */
public final class DemoTokens {

    public static final Duration LIFETIME = Duration.ofHours(12);
    /** Subject of the council-member token: the chair of the demo council. */
    public static final String COUNCIL_MEMBER = "thanh-vien.hoidong@ocop.local";

    private DemoTokens() {
    }

    /** Role → token, in the order a demo walks through them. */
    public static Map<String, String> forEveryRole(JwtKeys keys, String producerId) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", keys.token("admin@ocop.local", Set.of("admin"), Map.of(), LIFETIME));
        tokens.put("commune-officer", keys.token("can-bo.phubinh@ocop.local", Set.of("commune-officer"),
                Map.of("commune_code", DemoData.PHU_BINH), LIFETIME));
        tokens.put("province-admin", keys.token("so-nnmt.thainguyen@ocop.local", Set.of("province-admin"),
                Map.of("province_code", DemoData.THAI_NGUYEN), LIFETIME));
        tokens.put("producer", keys.token("hoan.hoa@ocop.local", Set.of("producer"),
                producerId == null ? Map.of() : Map.of("producer_id", producerId), LIFETIME));
        tokens.put("council-member", keys.token(COUNCIL_MEMBER, Set.of("council-member"),
                Map.of("province_code", DemoData.THAI_NGUYEN), LIFETIME));
        tokens.put("council-secretary", keys.token("thu-ky.hoidong@ocop.local", Set.of("council-secretary"),
                Map.of("province_code", DemoData.THAI_NGUYEN), LIFETIME));
        tokens.put("ministry", keys.token("vp-dieu-phoi@ocop.gov.vn", Set.of("ministry"), Map.of(), LIFETIME));
        return tokens;
    }
}
