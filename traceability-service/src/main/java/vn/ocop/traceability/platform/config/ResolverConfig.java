package vn.ocop.traceability.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
