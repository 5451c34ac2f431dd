package vn.ocop.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import vn.ocop.platform.transaction.AfterCommit;
import vn.ocop.platform.transaction.BeforeCommit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The one way a service writes a fact to its outbox: a CloudEvent row ({@link OutboxEvent#of}) in the caller's
 * transaction (never persist-then-send), and the relay woken once that transaction has committed. The rows of one
 * transaction are inserted together, in one statement, right before it commits (after the persistence context's last
 * flush, on the same connection), in the order they were appended: a register import writes one outbox batch per
 * chunk, not a statement per row. A transaction that rolls back writes none.
 */
@ApplicationScoped
public class Outbox {

    /** The rows of the current transaction, in order. */
    private static final BeforeCommit<OutboxEvent> PENDING = new BeforeCommit<>(Outbox::insert);

    /** One statement for all of a transaction's rows; the sequence numbers follow the order of the arrays. */
    static final String INSERT = "insert into outbox_event (id, aggregate_key, type, payload, created_at, traceparent) "
            + "select cast(r.id as uuid), r.aggregate_key, r.type, r.payload, cast(r.created_at as timestamptz), "
            + "r.traceparent from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
            + "with ordinality as r(id, aggregate_key, type, payload, created_at, traceparent, n) order by r.n";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;

    public Outbox(EntityManager em, ObjectMapper mapper, Clock clock, OutboxRelay relay,
                  TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
        this.relay = relay;
        this.transactions = transactions;
    }

    /** Writes the fact {@code type} about {@code subject} from {@code source}; {@code data} is its payload record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String source, String type, String subject, Object data) {
        OutboxEvent row = OutboxEvent.of(mapper, clock, source, type, subject, data);
        if (PENDING.add(transactions, em, row)) {
            AfterCommit.run(transactions, relay::wake);
        }
    }

    /** Inserts a transaction's rows in one statement. */
    static void insert(Connection connection, List<OutboxEvent> rows) throws SQLException {
        BeforeCommit.insertColumns(connection, INSERT, rows, row -> row.id.toString(), row -> row.aggregateKey,
                row -> row.type, row -> row.payload, row -> row.createdAt.toString(), row -> row.traceparent);
    }
}
