package vn.ocop.traceability.outbox.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.ocop.contract.CloudEvent;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.TraceContexts;
import vn.ocop.traceability.outbox.OutboxEvent;
import vn.ocop.traceability.outbox.TraceabilityFact;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Writes a {@link TraceabilityFact} as a CloudEvent row of the outbox, inside the caller's transaction. */
@ApplicationScoped
public class OutboxWriter {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clock clock;

    public OutboxWriter(EntityManager em, ObjectMapper mapper, Clock clock) {
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(TraceabilityFact fact) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, id.toString(), EventTypes.TRACEABILITY_SOURCE,
                fact.type(), fact.subject().toString(), now, "application/json", mapper.valueToTree(fact.data()));
        OutboxEvent row = new OutboxEvent();
        row.id = id;
        row.aggregateKey = fact.subject().toString();
        row.type = fact.type();
        row.createdAt = now;
        row.traceparent = TraceContexts.currentTraceparent();
        try {
            row.payload = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + fact.type(), e);
        }
        em.persist(row);
    }
}
