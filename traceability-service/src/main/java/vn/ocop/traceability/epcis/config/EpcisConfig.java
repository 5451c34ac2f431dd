package vn.ocop.traceability.epcis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the EPCIS capture interface. */
@ConfigMapping(prefix = "ocop.epcis")
public interface EpcisConfig {

    /** Most events one capture document may carry (advertised as {@code GS1-EPCIS-Capture-Limit}). */
    @WithDefault("10000")
    int captureLimit();
}
