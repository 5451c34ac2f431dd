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

    /** An image an owner shows, with the image's size: what a read of several owners' images needs. */
    public record Shown(UUID ownerId, String sha256, int width, int height, String altVi, String altEn) {
    }

    /**
     * The images several owners show, by owner and then position, in one statement. The owners are bound as one
     * array parameter, so the statement text and its plan stay the same whatever the number of owners (an
     * {@code in} list of N parameters is translated, and planned, anew for each N).
     */
    @SuppressWarnings("unchecked")
    public List<Shown> shown(OwnerType type, Collection<UUID> ownerIds) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select u.owner_id, u.sha256, i.width, i.height, u.alt_vi, u.alt_en
                          from owner_image u join media_image i on i.sha256 = u.sha256
                         where u.owner_type = :type and u.owner_id = any(:owners)
                         order by u.owner_id, u.position""")
                .setParameter("type", type.name())
                .setParameter("owners", ownerIds.toArray(UUID[]::new))
                .getResultList();
        return rows.stream().map(r -> new Shown((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(), (String) r[4], (String) r[5])).toList();
    }

    public boolean used(String sha256) {
        return count("sha256", sha256) > 0;
    }
}
