package vn.ocop.registry.media.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.ocop.platform.media.MediaKeys;
import vn.ocop.platform.storage.BlobStore;
import vn.ocop.registry.media.MediaImage;
import vn.ocop.registry.media.config.RegistryMediaConfig;
import vn.ocop.registry.media.repository.MediaImageRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Deletes images no owner has shown for {@code ocop.media.unused-grace}: the row first (only while still unused),
 * then its variants in the store. Runs every {@code ocop.media.cleanup-every} (default 1 h).
 */
@ApplicationScoped
public class UnusedImageCleaner {

    private static final Logger LOG = Logger.getLogger(UnusedImageCleaner.class);

    private final MediaImageRepository images;
    private final BlobStore store;
    private final RegistryMediaConfig config;
    private final Clock clock;

    public UnusedImageCleaner(MediaImageRepository images, BlobStore store, RegistryMediaConfig config, Clock clock) {
        this.images = images;
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${ocop.media.cleanup-every:1h}", delayed = "${ocop.media.cleanup-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void clean() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(config.unusedGrace());
        List<MediaImage> gone = QuarkusTransaction.requiringNew().call(() -> {
            List<MediaImage> unused = images.unusedBefore(cutoff, 200);
            unused.forEach(images::delete);
            return unused;
        });
        gone.forEach(image -> MediaKeys.variants(image.sha256, image.width, image.height).forEach(store::delete));
        if (!gone.isEmpty()) {
            LOG.infof("removed %d images unused since before %s", gone.size(), cutoff);
        }
    }
}
