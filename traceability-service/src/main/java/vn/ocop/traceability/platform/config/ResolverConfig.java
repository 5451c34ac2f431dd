package vn.ocop.traceability.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The public face of the resolver: the base URL under which every Digital Link and QR of this service is minted, and
 * where the registry publishes certificates.
 */
@ConfigMapping(prefix = "ocop.resolver")
public interface ResolverConfig {

    /** Public base of Digital Link URIs, e.g. {@code https://id.ocop.vn} ({@code OCOP_RESOLVER_BASE_URL}). */
    String baseUrl();

    /**
     * Public base URL of the registry service, target of the {@code gs1:certificationInfo} links
     * ({@code OCOP_RESOLVER_REGISTRY_URL}).
     */
    @WithDefault("http://localhost:8081")
    String registryUrl();

    /**
     * How long the product and lot parts of a scan record are served from memory. Changes made through this instance
     * (registry facts, captured events, lot edits) clear them at once; this bounds how late another instance shows
     * them, for example a revoked certificate.
     */
    @WithDefault("1s")
    Duration recordTtl();

    /**
     * Whether QR codes encode the GS1 compressed form of the Digital Link ({@code {base}/ARBArwCMHA}: fewer modules on
     * small packs) instead of the uncompressed one; the resolver answers both alike
     * ({@code OCOP_RESOLVER_COMPRESSED_QR}).
     */
    @WithDefault("false")
    boolean compressedQr();
}
