package vn.ocop.registry.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Media settings of the registry test JVM: a fresh filesystem store, the public base of media URLs, a 3 MB image
 * limit (so the oversized upload is cheap), a grace period of seconds for unused images and a fast attachment copy.
 */
@QuarkusTestResource(MediaTestResources.Settings.class)
public final class MediaTestResources {

    public static final String MEDIA_BASE = "https://registry.ocop.test";
    public static final long MAX_IMAGE_BYTES = 3_000_000;

    private MediaTestResources() {
    }

    public static class Settings implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                return Map.of("ocop.media.storage.root", Files.createTempDirectory("registry-media").toString(),
                        "ocop.media.public-base-url", MEDIA_BASE,
                        "ocop.media.max-image-bytes", Long.toString(MAX_IMAGE_BYTES),
                        "ocop.media.unused-grace", "PT4S",
                        "ocop.media.cleanup-every", "1s",
                        "ocop.dossiers.attachment-copy-every", "300ms");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
        }
    }
}
