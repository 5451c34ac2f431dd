package vn.ocop.traceability.media.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.platform.media.UnusedImages;
import vn.ocop.traceability.media.MediaImage;

import java.time.OffsetDateTime;
import java.util.List;

/** Images stored by this service. */
@ApplicationScoped
public class MediaImageRepository implements PanacheRepositoryBase<MediaImage, String>, UnusedImages {

    /** Images unused since before {@code cutoff}. */
    private List<MediaImage> unusedBefore(OffsetDateTime cutoff, int limit) {
        return find("unusedSince < ?1", cutoff).page(0, limit).list();
    }

    @Override
    public List<Removed> deleteUnusedBefore(OffsetDateTime cutoff, int limit) {
        List<MediaImage> unused = unusedBefore(cutoff, limit);
        unused.forEach(this::delete);
        return unused.stream().map(image -> new Removed(image.sha256, image.width, image.height)).toList();
    }
}
