package vn.ocop.registry.media.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.media.OwnerImage;
import vn.ocop.registry.media.OwnerType;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Which owner shows which image, in order. */
@ApplicationScoped
public class OwnerImageRepository implements PanacheRepositoryBase<OwnerImage, UUID> {

    public List<OwnerImage> of(OwnerType type, UUID ownerId) {
        return list("ownerType = ?1 and ownerId = ?2", Sort.by("position"), type, ownerId);
    }

    public List<OwnerImage> of(OwnerType type, Collection<UUID> ownerIds) {
        return list("ownerType = ?1 and ownerId in ?2", Sort.by("ownerId").and("position"), type, ownerIds);
    }

    public boolean used(String sha256) {
        return count("sha256", sha256) > 0;
    }
}
