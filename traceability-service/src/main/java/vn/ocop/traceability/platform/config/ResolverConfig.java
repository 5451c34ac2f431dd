package vn.ocop.traceability.platform.config;

import io.smallrye.config.ConfigMapping;

/** The public face of the resolver: the base URL under which every Digital Link and QR of this service is minted. */
@ConfigMapping(prefix = "ocop.resolver")
public interface ResolverConfig {

    /** Public base of Digital Link URIs, e.g. {@code https://id.ocop.vn} ({@code OCOP_RESOLVER_BASE_URL}). */
    String baseUrl();
}
