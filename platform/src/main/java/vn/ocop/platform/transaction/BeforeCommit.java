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
 * audit trail, during an import) and nothing reads them back before the commit but through {@link #pending}.
 */
public final class BeforeCommit {

    /** Writes a transaction's rows, in order, on its connection. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(Connection connection, List<T> rows) throws SQLException;
    }

    private BeforeCommit() {
    }

    /**
     * The rows the current transaction has appended under {@code key} so far, to append to: the first call in a
     * transaction registers {@code writer} to write them before it commits. {@code key} names one kind of row (a
     * constant of its owner).
     */
    @SuppressWarnings("unchecked")
    public static <T> List<T> rows(TransactionSynchronizationRegistry transactions, EntityManager em, Object key,
                                   Writer<T> writer) {
        List<T> rows = (List<T>) transactions.getResource(key);
        if (rows == null) {
            List<T> appended = new ArrayList<>();
            transactions.putResource(key, appended);
            em.unwrap(SessionImplementor.class).getTransactionCompletionCallbacks().registerCallback(
                    (TransactionCompletionCallbacks.BeforeCompletionCallback) session -> session.doWork(
                            connection -> writer.write(connection, appended)));
            rows = appended;
        }
        return rows;
    }

    /** The rows appended under {@code key} in the current transaction and not written yet (empty when none). */
    @SuppressWarnings("unchecked")
    public static <T> List<T> pending(TransactionSynchronizationRegistry transactions, Object key) {
        List<T> rows = (List<T>) transactions.getResource(key);
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
