package vn.ocop.traceability.scan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * How the resolver tells scanning clients apart and how much each may ask. A client is a keyed hash of its user agent
 * and its network (the /24 of an IPv4 address, the /48 of an IPv6 one); the raw address is never stored. Budgets are
 * token buckets: generous, since a carrier-grade NAT puts thousands of phones behind one address.
 */
@ConfigMapping(prefix = "ocop.scan-clients")
public interface ScanClientsConfig {

    /**
     * Secret key of the client fingerprints (any string; env {@code OCOP_SCAN_CLIENTS_FINGERPRINT_KEY}). Instances
     * of one deployment must share it so that they count the same clients alike; without it each start draws a
     * random key (a restart then counts earlier clients once more).
     */
    Optional<String> fingerprintKey();

    /** Sustained resolver requests per minute of one client (user agent and network). */
    @WithDefault("300")
    int requestsPerMinute();

    /** Requests one client may send at once before the sustained rate applies. */
    @WithDefault("300")
    int burst();

    /** Sustained resolver requests per minute of one network, whatever the user agents (rotating them gains nothing). */
    @WithDefault("6000")
    int networkRequestsPerMinute();

    /** Requests one network may send at once. */
    @WithDefault("6000")
    int networkBurst();

    /** Clients and networks whose budgets are kept in memory (the most recent); bounded memory. */
    @WithDefault("100000")
    int trackedClients();
}
