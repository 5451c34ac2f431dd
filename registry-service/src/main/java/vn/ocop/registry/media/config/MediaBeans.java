package vn.ocop.registry.media.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.ocop.platform.media.ImagePipeline;
import vn.ocop.platform.media.MediaSettings;
import vn.ocop.platform.storage.BlobStore;

/** The blob store and image pipeline the configuration asks for. */
@ApplicationScoped
public class MediaBeans {

    @Produces
    @Singleton
    BlobStore store(RegistryMediaConfig config) {
        return MediaSettings.store(config);
    }

    @Produces
    @Singleton
    ImagePipeline pipeline(RegistryMediaConfig config) {
        return MediaSettings.pipeline(config);
    }
}
