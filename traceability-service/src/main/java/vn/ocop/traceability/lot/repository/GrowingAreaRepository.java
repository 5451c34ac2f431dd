package vn.ocop.traceability.lot.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.lot.GrowingArea;

import java.util.UUID;

/** Queries over growing areas. */
@ApplicationScoped
public class GrowingAreaRepository implements PanacheRepositoryBase<GrowingArea, UUID> {

    /** Areas of one producer (or of all when {@code producerId} is null), newest first. */
    public PanacheQuery<GrowingArea> byProducer(UUID producerId) {
        Sort sort = Sort.by("createdAt", Sort.Direction.Descending).and("id");
        return producerId == null ? findAll(sort) : find("producerId", sort, producerId);
    }
}
