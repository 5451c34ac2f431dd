package vn.ocop.traceability.lot.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.ocop.traceability.lot.Lot;

import java.util.Optional;
import java.util.UUID;

/** Queries over lots. */
@ApplicationScoped
public class LotRepository implements PanacheRepositoryBase<Lot, UUID> {

    public PanacheQuery<Lot> byProduct(UUID productId) {
        return find("productId", Sort.by("createdAt", Sort.Direction.Descending).and("id"), productId);
    }

    public Optional<Lot> findByCode(UUID productId, String lotCode) {
        return find("productId = ?1 and lotCode = ?2", productId, lotCode).firstResultOptional();
    }

    public boolean existsByCode(UUID productId, String lotCode) {
        return count("productId = ?1 and lotCode = ?2", productId, lotCode) > 0;
    }

    /** The lot with its row locked until the transaction ends: appends to one lot's chain run one at a time. */
    public Optional<Lot> lockById(UUID lotId) {
        Lot lot = getEntityManager().find(Lot.class, lotId);
        if (lot == null) {
            return Optional.empty();
        }
        // refresh, not find: a lot already loaded in this transaction must be re-read under the lock
        getEntityManager().refresh(lot, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(lot);
    }
}
