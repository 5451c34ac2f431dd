package vn.ocop.platform.transaction;

import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rows a transaction appends to an append-only table, written together right before it commits: after the persistence
 * context's last flush, on the transaction's own connection, in the order appended, by one {@link Writer} call. A
 * transaction that rolls back writes none. Used where a transaction may append hundreds of rows (the outbox, the
 * audit trail, the catalog's change log, during an import) and nothing reads them back before the commit but through
 * {@link #pending}. One instance per kind of row, held by its owner; it keeps each transaction's rows as a resource of
 * that transaction.
 *
 * @param <T> the row
 */
public final class BeforeCommit<T> {

    /** Writes a transaction's rows, in order, on its connection. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(Connection connection, List<T> rows) throws SQLException;
    }

    private final Writer<T> writer;

    public BeforeCommit(Writer<T> writer) {
        this.writer = writer;
    }

    /**
     * Appends {@code row} to the current transaction's rows; the first row of a transaction registers the writer with
     * it. True when {@code row} is that first one.
     */
    @SuppressWarnings("unchecked")
    public boolean add(TransactionSynchronizationRegistry transactions, EntityManager em, T row) {
        List<T> rows = (List<T>) transactions.getResource(this);
        boolean first = rows == null;
        if (first) {
            List<T> appended = new ArrayList<>();
            transactions.putResource(this, appended);
            em.unwrap(SessionImplementor.class).getTransactionCompletionCallbacks().registerCallback(
                    (TransactionCompletionCallbacks.BeforeCompletionCallback) session -> session.doWork(
                            connection -> writer.write(connection, appended)));
            rows = appended;
        }
        rows.add(row);
        return first;
    }

    /** The rows appended in the current transaction and not written yet (empty when none). */
    @SuppressWarnings("unchecked")
    public List<T> pending(TransactionSynchronizationRegistry transactions) {
        List<T> rows = (List<T>) transactions.getResource(this);
        return rows == null ? List.of() : rows;
    }

    /**
     * Runs {@code sql}, an insert whose parameters are {@code text[]} arrays, one per column (unnested in SQL), with
     * the values of {@code rows}: a transaction's rows in one statement.
     */
    @SafeVarargs
    public static <T> void insertColumns(Connection connection, String sql, List<T> rows,
                                         Function<T, String>... columns) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int c = 0; c < columns.length; c++) {
                String[] values = new String[rows.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = columns[c].apply(rows.get(i));
                }
                insert.setArray(c + 1, connection.createArrayOf("text", values));
            }
            insert.executeUpdate();
        }
    }
}
