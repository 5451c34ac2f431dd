package vn.ocop.registry.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

/** Registry-wide settings: the programme's time zone and clock, the public resolver base and request limits. */
@ConfigMapping(prefix = "ocop")
public interface RegistryConfig {

    /** The time zone in which certificate dates are judged (Vietnam). */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId timeZone();

    Resolver resolver();

    Http http();

    ClockSettings clock();

    interface Resolver {
        /** Public base URL of the GS1 Digital Link resolver (env OCOP_RESOLVER_BASE_URL). */
        String baseUrl();
    }

    interface ClockSettings {
        /**
         * Whether {@code PUT/DELETE /admin/clock} may move the registry's clock (tests and demos). Off by default; never
         * on in production.
         */
        @WithDefault("false")
        boolean adjustable();
    }

    interface Http {
        /** Largest JSON request body accepted, in bytes. */
        @WithDefault("262144")
        long maxJsonBody();
    }
}
