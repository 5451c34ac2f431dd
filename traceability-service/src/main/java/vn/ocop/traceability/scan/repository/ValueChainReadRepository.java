package vn.ocop.traceability.scan.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.ocop.traceability.epcis.EpcisEvent;
import vn.ocop.traceability.lot.GrowingArea;
import vn.ocop.traceability.lot.Lot;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read-only queries of the scan side on the value-chain tables (lot, growing area, EPCIS events) written by the
 * capture feature. Kept here, behind the scan service, until the lot feature's service offers these reads.
 */
@ApplicationScoped
public class ValueChainReadRepository {

    @Inject
    EntityManager em;

    public Optional<Lot> findLot(UUID productId, String lotCode) {
        return em.createQuery("from Lot where productId = :product and lotCode = :code", Lot.class)
                .setParameter("product", productId).setParameter("code", lotCode)
                .getResultStream().findFirst();
    }

    public Optional<Lot> findLot(UUID lotId) {
        return Optional.ofNullable(em.find(Lot.class, lotId));
    }

    public Optional<GrowingArea> findGrowingArea(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(GrowingArea.class, id));
    }

    /** The first {@code limit} events of the lot in the order they happened. */
    public List<EpcisEvent> firstEvents(UUID lotId, int limit) {
        return em.createQuery("from EpcisEvent where lotId = :lot order by eventTime, seq", EpcisEvent.class)
                .setParameter("lot", lotId).setMaxResults(limit).getResultList();
    }

    public long countEvents(UUID lotId) {
        return em.createQuery("select count(e) from EpcisEvent e where e.lotId = :lot", Long.class)
                .setParameter("lot", lotId).getSingleResult();
    }
}
