package vn.ocop.registry.media.config;

import io.smallrye.config.ConfigMapping;
import vn.ocop.platform.media.MediaSettings;

/** The registry's media settings ({@code ocop.media.*}, documented on {@link MediaSettings}). */
@ConfigMapping(prefix = "ocop.media")
public interface RegistryMediaConfig extends MediaSettings {
}
