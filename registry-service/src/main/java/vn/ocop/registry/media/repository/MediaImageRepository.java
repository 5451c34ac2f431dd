package vn.ocop.registry.media.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.media.MediaImage;

import java.time.OffsetDateTime;
import java.util.List;

/** Uploaded images. */
@ApplicationScoped
public class MediaImageRepository implements PanacheRepositoryBase<MediaImage, String> {

    /** Images unused since before {@code cutoff} that no owner shows again. */
    public List<MediaImage> unusedBefore(OffsetDateTime cutoff, int limit) {
        return find("from MediaImage m where m.unusedSince < ?1 "
                + "and not exists (select 1 from OwnerImage o where o.sha256 = m.sha256)", cutoff)
                .page(0, limit).list();
    }
}
