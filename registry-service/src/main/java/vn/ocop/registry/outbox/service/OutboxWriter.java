package vn.ocop.registry.outbox.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import vn.ocop.contract.EventTypes;
import vn.ocop.platform.outbox.OutboxEvent;
import vn.ocop.platform.outbox.OutboxRelay;
import vn.ocop.registry.outbox.RegistryFact;
import vn.ocop.registry.outbox.repository.OutboxEventRepository;

import java.time.Clock;

/**
 * Writes each {@link RegistryFact} as a CloudEvent row of the outbox, in the transaction that fired it (never
 * persist-then-send), and wakes the relay once that transaction has committed.
 */
@ApplicationScoped
public class OutboxWriter {

    private final OutboxEventRepository events;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final OutboxRelay relay;

    public OutboxWriter(OutboxEventRepository events, ObjectMapper mapper, Clock clock, OutboxRelay relay) {
        this.events = events;
        this.mapper = mapper;
        this.clock = clock;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void write(@Observes RegistryFact fact) {
        events.persist(OutboxEvent.of(mapper, clock, EventTypes.SOURCE, fact.type(), fact.subject().toString(),
                fact.data()));
    }

    void wakeRelay(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryFact fact) {
        relay.wake();
    }

}
