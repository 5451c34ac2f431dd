package vn.ocop.registry.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.query.NativeQuery;
import vn.ocop.registry.catalog.CatalogChange;

/** The catalog's change log as it is written, and the lock that keeps its sequence numbers committing in order. */
@ApplicationScoped
public class CatalogChangeRepository implements PanacheRepositoryBase<CatalogChange, Long> {

    private static final long LOCK = 7_710_001L;

    /** Marks, as a resource of the transaction, that it holds the lock. */
    private static final Object LOCKED = new Object();

    private final TransactionSynchronizationRegistry transactions;

    public CatalogChangeRepository(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /**
     * Takes the writers' advisory lock until the current transaction ends (writers commit one after another); once per
     * transaction, however many changes it writes. Reads no table, so it flushes no pending change.
     */
    public void lockForWriting() {
        if (transactions.getResource(LOCKED) != null) {
            return;
        }
        getEntityManager().createNativeQuery("select cast(pg_advisory_xact_lock(" + LOCK + ") as text)")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("catalog_change").getSingleResult();
        transactions.putResource(LOCKED, Boolean.TRUE);
    }
}
