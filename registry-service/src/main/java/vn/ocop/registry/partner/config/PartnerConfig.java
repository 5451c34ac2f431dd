package vn.ocop.registry.partner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Partner API settings: how long a rotated key keeps working and each key's request budget. */
@ConfigMapping(prefix = "ocop.partners")
public interface PartnerConfig {

    /** How long the previous keys stay valid after a rotation. */
    @WithDefault("PT24H")
    Duration rotationGrace();

    /** Requests a key may make per minute (token bucket shared by all instances). */
    @WithDefault("600")
    int requestsPerMinute();
}
