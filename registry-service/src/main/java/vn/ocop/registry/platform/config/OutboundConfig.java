package vn.ocop.registry.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Rules for calls the registry makes to addresses its users supply (partner webhooks): https only unless
 * {@code allow-http}, never to loopback, private, link-local, multicast or unspecified addresses unless the address or
 * host is on {@code allowed-networks} (local and test runs), connect and total timeouts, a cap on the body read.
 */
@ConfigMapping(prefix = "ocop.outbound")
public interface OutboundConfig {

    /** Whether plain http URLs are accepted (dev and test profiles only; production is https only). */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * CIDRs (e.g. {@code 127.0.0.0/8}, {@code ::1/128}), single addresses or host names that may be called although
     * they are not public; none by default.
     */
    Optional<List<String>> allowedNetworks();

    /** Bytes of a response body read (and kept) at most; the rest is never read. */
    @WithDefault("4096")
    int maxResponseBytes();

    /** Time to establish the connection. */
    @WithDefault("5s")
    Duration connectTimeout();
}
