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

    /** A value-chain partner (processor, carrier, retailer) with a display name. */
    public static String partner(String subject, String name) {
        return SharedInfra.jwt().token(subject, Set.of("partner"), Map.of("name", name), Duration.ofHours(1));
    }

    public static String admin() {
        return SharedInfra.jwt().token("admin-1", "admin");
    }

    public static String ministry() {
        return SharedInfra.jwt().token("ministry-1", "ministry");
    }
}
