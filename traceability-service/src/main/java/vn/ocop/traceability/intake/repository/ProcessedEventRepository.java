package vn.ocop.traceability.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.intake.ProcessedEvent;

import java.time.OffsetDateTime;

/** The processed-event log. */
@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEvent, String> {

    /**
     * Records the event id in the current transaction; false when it was recorded before (by this or a concurrent
     * transaction, which the primary key serialises).
     */
    public boolean markProcessed(String eventId, String type, OffsetDateTime at) {
        int inserted = getEntityManager()
                .createNativeQuery("insert into processed_event (event_id, type, processed_at) values (?1, ?2, ?3) "
                        + "on conflict (event_id) do nothing")
                .setParameter(1, eventId)
                .setParameter(2, type)
                .setParameter(3, at)
                .executeUpdate();
        return inserted == 1;
    }

    /** Flushes the transaction's changes and forgets the records loaded or written so far. */
    public void flushAndForget() {
        getEntityManager().flush();
        getEntityManager().clear();
    }
}
