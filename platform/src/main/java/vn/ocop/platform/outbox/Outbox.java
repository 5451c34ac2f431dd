package vn.ocop.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.ocop.platform.transaction.AfterCommit;

import java.time.Clock;

/**
 * The one way a service writes a fact to its outbox: a CloudEvent row ({@link OutboxEvent#of}) in the caller's
 * transaction (never persist-then-send), and the relay woken once that transaction has committed.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxEventRepository rows;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;

    public Outbox(OutboxEventRepository rows, ObjectMapper mapper, Clock clock, OutboxRelay relay,
                  TransactionSynchronizationRegistry transactions) {
        this.rows = rows;
        this.mapper = mapper;
        this.clock = clock;
        this.relay = relay;
        this.transactions = transactions;
    }

    /** Writes the fact {@code type} about {@code subject} from {@code source}; {@code data} is its payload record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String source, String type, String subject, Object data) {
        rows.persist(OutboxEvent.of(mapper, clock, source, type, subject, data));
        AfterCommit.run(transactions, relay::wake);
    }
}
