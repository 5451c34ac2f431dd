package vn.ocop.traceability.epcis.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.epcis.EpcisEvent;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Queries over recorded EPCIS events. */
@ApplicationScoped
public class EpcisEventRepository implements PanacheRepositoryBase<EpcisEvent, UUID> {

    /** Up to {@code limit} events of the lot after position {@code afterSeq}, in chain order. */
    public List<EpcisEvent> page(UUID lotId, int afterSeq, int limit) {
        return find("lotId = ?1 and seq > ?2 order by seq", lotId, afterSeq).range(0, limit - 1).list();
    }

    /** The first {@code limit} events of the lot in the order they happened. */
    public List<EpcisEvent> firstByTime(UUID lotId, int limit) {
        return find("lotId = ?1 order by eventTime, seq", lotId).range(0, limit - 1).list();
    }

    /** The distinct recorders of the lot's events, sorted. */
    public List<String> parties(UUID lotId) {
        return getEntityManager().createQuery("select distinct e.recordedBy from EpcisEvent e where e.lotId = :lot "
                + "order by e.recordedBy", String.class).setParameter("lot", lotId).getResultList();
    }

    /** Which of these event ids are already recorded. */
    public List<String> existingEventIds(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select e.eventId from EpcisEvent e where e.eventId in :ids",
                String.class).setParameter("ids", eventIds).getResultList();
    }
}
