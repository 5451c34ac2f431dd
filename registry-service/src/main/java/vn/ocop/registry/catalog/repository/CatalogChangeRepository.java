package vn.ocop.registry.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.ocop.platform.transaction.BeforeCommit;
import vn.ocop.registry.catalog.CatalogChange;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The catalog's change log as it is written, and the lock that keeps its sequence numbers committing in order. */
@ApplicationScoped
public class CatalogChangeRepository implements PanacheRepositoryBase<CatalogChange, Long> {

    private static final long LOCK = 7_710_001L;

    /** One statement for a transaction's changes, in the order given (sequence numbers follow it). */
    static final String INSERT = "insert into catalog_change (product_id, province_code, kind, reason, at) "
            + "select cast(r.product_id as uuid), r.province_code, r.kind, r.reason, cast(r.at as timestamptz) "
            + "from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
            + "with ordinality as r(product_id, province_code, kind, reason, at, n) order by r.n";

    /** This transaction's changes, written when it commits. */
    private static final BeforeCommit<CatalogChange> PENDING =
            new BeforeCommit<>(CatalogChangeRepository::insertLocked);

    private final TransactionSynchronizationRegistry transactions;

    public CatalogChangeRepository(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Adds the change to those the current transaction writes as it commits ({@link #insertLocked}). */
    public void append(CatalogChange change) {
        PENDING.add(transactions, getEntityManager(), change);
    }

    /**
     * Writes a transaction's changes as it commits (a {@link BeforeCommit} writer): takes the writers' advisory lock,
     * held until the commit, then inserts them in one statement. Writers thus take their sequence numbers and commit
     * one after another, so a sync cursor never passes a number that commits later; and the lock is held for the
     * commit only, not for the whole of a transaction (an import chunk) that wrote a change early.
     */
    private static void insertLocked(Connection connection, List<CatalogChange> changes) throws SQLException {
        try (Statement lock = connection.createStatement()) {
            lock.execute("select pg_advisory_xact_lock(" + LOCK + ")");
        }
        BeforeCommit.insertColumns(connection, INSERT, changes, c -> c.productId.toString(), c -> c.provinceCode,
                c -> c.kind.name(), c -> c.reason == null ? null : c.reason.name(), c -> c.at.toString());
    }
}
