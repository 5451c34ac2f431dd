package vn.ocop.traceability.media.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.media.MediaImage;

import java.time.OffsetDateTime;
import java.util.List;

/** Images stored by this service. */
@ApplicationScoped
public class MediaImageRepository implements PanacheRepositoryBase<MediaImage, String> {

    /** Images unused since before {@code cutoff}. */
    public List<MediaImage> unusedBefore(OffsetDateTime cutoff, int limit) {
        return find("unusedSince < ?1", cutoff).page(0, limit).list();
    }
}
