package vn.ocop.platform.media;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ocop.platform.storage.BlobStore;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Deletes images no owner has shown for {@code ocop.media.unused-grace}, in both services: the rows first, in a
 * transaction of their own (only while still unused), then their variants in the store. Runs every
 * {@code ocop.media.cleanup-every} (default 1 h), 200 images at a time.
 */
@ApplicationScoped
public class UnusedImageCleaner {

    private static final Logger LOG = Logger.getLogger(UnusedImageCleaner.class);
    private static final int BATCH = 200;

    private final Instance<UnusedImages> images;
    private final Instance<BlobStore> store;
    private final Clock clock;
    private final Duration grace;

    public UnusedImageCleaner(Instance<UnusedImages> images, Instance<BlobStore> store, Clock clock,
                              @ConfigProperty(name = "ocop.media.unused-grace", defaultValue = "P7D") Duration grace) {
        this.images = images;
        this.store = store;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(every = "${ocop.media.cleanup-every:1h}", delayed = "${ocop.media.cleanup-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void clean() {
        if (!images.isResolvable() || !store.isResolvable()) {
            return;
        }
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(grace);
        List<UnusedImages.Removed> gone = QuarkusTransaction.requiringNew()
                .call(() -> images.get().deleteUnusedBefore(cutoff, BATCH));
        gone.forEach(image -> MediaKeys.variants(image.sha256(), image.width(), image.height())
                .forEach(store.get()::delete));
        if (!gone.isEmpty()) {
            LOG.infof("removed %d images unused since before %s", gone.size(), cutoff);
        }
    }
}
