package vn.ocop.traceability.outbox.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.ocop.contract.EventTypes;
import vn.ocop.platform.outbox.OutboxEvent;
import vn.ocop.traceability.outbox.TraceabilityFact;

import java.time.Clock;

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
        em.persist(OutboxEvent.of(mapper, clock, EventTypes.TRACEABILITY_SOURCE, fact.type(),
                fact.subject().toString(), fact.data()));
    }
}
