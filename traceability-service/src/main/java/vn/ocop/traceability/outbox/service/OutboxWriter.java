package vn.ocop.traceability.outbox.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.ocop.platform.transaction.AfterCommit;
import jakarta.transaction.Transactional;
import vn.ocop.contract.EventTypes;
import vn.ocop.platform.outbox.OutboxEvent;
import vn.ocop.platform.outbox.OutboxEventRepository;
import vn.ocop.platform.outbox.OutboxRelay;
import vn.ocop.traceability.outbox.TraceabilityFact;

import java.time.Clock;

/**
 * Writes a {@link TraceabilityFact} as a CloudEvent row of the outbox, inside the caller's transaction, and wakes the
 * relay once that transaction has committed.
 */
@ApplicationScoped
public class OutboxWriter {

    private final OutboxEventRepository outbox;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;

    public OutboxWriter(OutboxEventRepository outbox, ObjectMapper mapper, Clock clock, OutboxRelay relay,
                        TransactionSynchronizationRegistry transactions) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
        this.relay = relay;
        this.transactions = transactions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(TraceabilityFact fact) {
        outbox.persist(OutboxEvent.of(mapper, clock, EventTypes.TRACEABILITY_SOURCE, fact.type(),
                fact.subject().toString(), fact.data()));
        AfterCommit.run(transactions, relay::wake);
    }
}
