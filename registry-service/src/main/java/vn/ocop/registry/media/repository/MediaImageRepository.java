package vn.ocop.registry.media.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.platform.media.UnusedImages;
import vn.ocop.registry.media.MediaImage;

import java.time.OffsetDateTime;
import java.util.List;

/** Uploaded images. */
@ApplicationScoped
public class MediaImageRepository implements PanacheRepositoryBase<MediaImage, String>, UnusedImages {

    /** Images unused since before {@code cutoff} that no owner shows again. */
    private List<MediaImage> unusedBefore(OffsetDateTime cutoff, int limit) {
        return find("from MediaImage m where m.unusedSince < ?1 "
                + "and not exists (select 1 from OwnerImage o where o.sha256 = m.sha256)", cutoff)
                .page(0, limit).list();
    }

    @Override
    public List<Removed> deleteUnusedBefore(OffsetDateTime cutoff, int limit) {
        List<MediaImage> unused = unusedBefore(cutoff, limit);
        unused.forEach(this::delete);
        return unused.stream().map(image -> new Removed(image.sha256, image.width, image.height)).toList();
    }
}
