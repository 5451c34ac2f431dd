package vn.ocop.traceability.media.config;

import io.smallrye.config.ConfigMapping;
import vn.ocop.platform.media.MediaSettings;

/** The traceability service's media settings ({@code ocop.media.*}, documented on {@link MediaSettings}). */
@ConfigMapping(prefix = "ocop.media")
public interface TraceabilityMediaConfig extends MediaSettings {
}
