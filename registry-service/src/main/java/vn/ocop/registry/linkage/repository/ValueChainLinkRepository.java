package vn.ocop.registry.linkage.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Linked lots reported by the traceability service, and the log of the traceability events applied. */
@ApplicationScoped
public class ValueChainLinkRepository {

    private final EntityManager em;

    public ValueChainLinkRepository(EntityManager em) {
        this.em = em;
    }

    /** Logs the event id in the current transaction; false when it was logged before (the primary key decides). */
    public boolean markProcessed(String eventId, String type, OffsetDateTime at) {
        return em.createNativeQuery("insert into processed_message (event_id, type, processed_at) values (?1, ?2, ?3) "
                        + "on conflict (event_id) do nothing")
                .setParameter(1, eventId).setParameter(2, type).setParameter(3, at).executeUpdate() == 1;
    }

    /** Records a linked lot; the first report of a lot wins. */
    public void link(UUID productId, UUID lotId, String lotCode, String parties, OffsetDateTime linkedAt,
                     String eventId) {
        em.createNativeQuery("insert into value_chain_link (product_id, lot_id, lot_code, parties, linked_at, event_id) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (product_id, lot_id) do nothing")
                .setParameter(1, productId).setParameter(2, lotId).setParameter(3, lotCode).setParameter(4, parties)
                .setParameter(5, linkedAt).setParameter(6, eventId).executeUpdate();
    }

    public boolean productExists(UUID productId) {
        return !em.createNativeQuery("select 1 from product where id = ?1").setParameter(1, productId)
                .getResultList().isEmpty();
    }

    public long linkedLots(UUID productId) {
        return ((Number) em.createNativeQuery("select count(*) from value_chain_link where product_id = ?1")
                .setParameter(1, productId).getSingleResult()).longValue();
    }
}
