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

    Dossiers dossiers();

    Scoring scoring();

    ClockSettings clock();

    interface Resolver {
        /** Public base URL of the GS1 Digital Link resolver (env OCOP_RESOLVER_BASE_URL). */
        String baseUrl();
    }

    interface ClockSettings {
        /**
         * How far {@code PUT /admin/clock} may move the registry's clock either way (default five years). The endpoint
         * itself exists only in builds with {@code ocop.clock.endpoint=true} (the dev and test profiles, and the
         * system tests' build), never in a production build, whatever its environment says.
         */
        @WithDefault("P5Y")
        java.time.Period maxOffset();
    }

    interface Http {
        /**
         * Largest request body accepted on every route but attachment uploads ({@code dossiers.max-attachment-bytes})
         * and imports ({@code imports.max-bytes}), in bytes; enforced on chunked bodies too.
         */
        @WithDefault("262144")
        long maxJsonBody();
    }

    interface Dossiers {
        /** Largest attachment accepted, in bytes (default 10 MiB). */
        @WithDefault("10485760")
        long maxAttachmentBytes();

        /** Most attachments one dossier may hold. */
        @WithDefault("30")
        int maxAttachments();

        /** Largest total size of one dossier's attachments, in bytes (default 100 MiB). */
        @WithDefault("104857600")
        long maxAttachmentsTotalBytes();
    }

    /** The council scoring rules of Decision 148/QĐ-TTg, kept as data. */
    interface Scoring {
        /** Largest allowed difference between two members' totals; more rejects the round. */
        @WithDefault("10")
        int maxSpread();

        /** Share of the council's members that must score (present and not recused), chair included. */
        @WithDefault("0.75")
        double quorum();

        /** Lowest mean score for 5, 4, 3 and 2 stars (below the last: 1 star). */
        @WithDefault("90,70,50,30")
        java.util.List<Integer> starThresholds();
    }
}
