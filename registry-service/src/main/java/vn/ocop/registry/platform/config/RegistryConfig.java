package vn.ocop.registry.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

/** Registry-wide settings: the programme's time zone, the public resolver base and request limits. */
@ConfigMapping(prefix = "ocop")
public interface RegistryConfig {

    /** The time zone in which certificate dates are judged (Vietnam). */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId timeZone();

    Resolver resolver();

    Http http();

    interface Resolver {
        /** Public base URL of the GS1 Digital Link resolver (env OCOP_RESOLVER_BASE_URL). */
        String baseUrl();
    }

    interface Http {
        /** Largest JSON request body accepted, in bytes. */
        @WithDefault("262144")
        long maxJsonBody();
    }
}
