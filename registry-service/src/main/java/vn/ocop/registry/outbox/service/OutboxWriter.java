package vn.ocop.registry.outbox.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import vn.ocop.contract.CloudEvent;
import vn.ocop.contract.EventTypes;
import vn.ocop.registry.outbox.OutboxEvent;
import vn.ocop.registry.outbox.RegistryFact;
import vn.ocop.contract.TraceContexts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes each {@link RegistryFact} as a CloudEvent row of the outbox, in the transaction that fired it (never
 * persist-then-send), and wakes the relay once that transaction has committed.
 */
@ApplicationScoped
public class OutboxWriter {

    private final ObjectMapper mapper;
    private final Clock clock;
    private final OutboxRelay relay;

    public OutboxWriter(ObjectMapper mapper, Clock clock, OutboxRelay relay) {
        this.mapper = mapper;
        this.clock = clock;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void write(@Observes RegistryFact fact) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, id.toString(), EventTypes.SOURCE, fact.type(),
                fact.subject().toString(), now, "application/json", mapper.valueToTree(fact.data()));
        OutboxEvent row = new OutboxEvent();
        row.id = id;
        row.aggregateKey = fact.subject().toString();
        row.type = fact.type();
        row.createdAt = now;
        row.traceparent = TraceContexts.currentTraceparent();
        try {
            row.payload = mapper.writeValueAsString(withTraceparent(mapper.valueToTree(event), row.traceparent));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + fact.type(), e);
        }
        row.persist();
    }

    /** Adds the CloudEvents distributed-tracing extension attribute when a trace is being recorded. */
    private static ObjectNode withTraceparent(ObjectNode event, String traceparent) {
        if (traceparent != null) {
            event.put(TraceContexts.TRACEPARENT, traceparent);
        }
        return event;
    }

    void wakeRelay(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryFact fact) {
        relay.wake();
    }

}
