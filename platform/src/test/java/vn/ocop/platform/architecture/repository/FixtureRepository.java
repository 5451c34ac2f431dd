package vn.ocop.platform.architecture.repository;

import jakarta.persistence.EntityManager;
import vn.ocop.platform.outbox.OutboxEvent;

/** A repository as the layer rules allow it (never run): the entity manager and active record are its business. */
@SuppressWarnings("unused")
public final class FixtureRepository {

    long pending(EntityManager em, OutboxEvent row) {
        row.persist();
        return OutboxEvent.count() + em.createQuery("select count(o) from OutboxEvent o", Long.class).getSingleResult()
                + ((Number) em.createNativeQuery("select count(*) from outbox_event").getSingleResult()).longValue();
    }
}
