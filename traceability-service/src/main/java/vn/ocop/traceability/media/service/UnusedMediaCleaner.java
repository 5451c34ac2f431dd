package vn.ocop.traceability.media.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.platform.media.MediaKeys;
import vn.ocop.platform.storage.BlobStore;
import vn.ocop.traceability.media.MediaImage;
import vn.ocop.traceability.media.config.TraceabilityMediaConfig;
import vn.ocop.traceability.media.repository.MediaImageRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Deletes photos unused for {@code ocop.media.unused-grace}, every {@code ocop.media.cleanup-every} (1 h). */
@ApplicationScoped
public class UnusedMediaCleaner {

    private final MediaImageRepository images;
    private final BlobStore store;
    private final TraceabilityMediaConfig config;
    private final Clock clock;

    public UnusedMediaCleaner(MediaImageRepository images, BlobStore store, TraceabilityMediaConfig config,
                              Clock clock) {
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
    }
}
