package vn.ocop.platform.media;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A service's stored images as the {@link UnusedImageCleaner} sees them: which rows are unused long enough to go.
 * Each service's image repository implements it over its own table.
 */
public interface UnusedImages {

    /** The stored variants of a removed image are found by these. */
    record Removed(String sha256, int width, int height) {
    }

    /**
     * Deletes, in the caller's transaction, at most {@code limit} image rows unused since before {@code cutoff} (and
     * only while still unused), and says which.
     */
    List<Removed> deleteUnusedBefore(OffsetDateTime cutoff, int limit);
}
