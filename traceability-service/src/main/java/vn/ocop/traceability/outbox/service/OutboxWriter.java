package vn.ocop.traceability.outbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.contract.EventTypes;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.traceability.outbox.TraceabilityFact;

/** Writes a {@link TraceabilityFact} to the platform {@link Outbox}, inside the caller's transaction. */
@ApplicationScoped
public class OutboxWriter {

    private final Outbox outbox;

    public OutboxWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(TraceabilityFact fact) {
        outbox.append(EventTypes.TRACEABILITY_SOURCE, fact.type(), fact.subject().toString(), fact.data());
    }
}
