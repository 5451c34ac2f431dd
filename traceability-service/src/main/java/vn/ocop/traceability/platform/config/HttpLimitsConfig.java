package vn.ocop.traceability.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request body limits per route group, enforced while the body arrives (also for chunked bodies): 413 beyond. */
@ConfigMapping(prefix = "ocop.http.body-limit")
public interface HttpLimitsConfig {

    /** Largest EPCIS capture document ({@code POST /capture}), in bytes: 10,000 events of about 1.5 KiB. */
    @WithDefault("16777216")
    long captureBytes();

    /** Largest body of every other write (the JSON forms: lots, steps, grants, growing areas, serials), in bytes. */
    @WithDefault("262144")
    long jsonBytes();
}
