package vn.ocop.registry.outbox.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import vn.ocop.contract.EventTypes;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.registry.outbox.RegistryFact;

/** Writes each {@link RegistryFact} to the platform {@link Outbox}, in the transaction that fired it. */
@ApplicationScoped
public class OutboxWriter {

    private final Outbox outbox;

    public OutboxWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void write(@Observes RegistryFact fact) {
        outbox.append(EventTypes.SOURCE, fact.type(), fact.subject().toString(), fact.data());
    }
}
