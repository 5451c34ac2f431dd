package vn.ocop.registry.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.catalog.CatalogChange;

/** The catalog's change log as it is written, and the lock that keeps its sequence numbers committing in order. */
@ApplicationScoped
public class CatalogChangeRepository implements PanacheRepositoryBase<CatalogChange, Long> {

    private static final long LOCK = 7_710_001L;

    /** Takes the writers' advisory lock until the current transaction ends (writers commit one after another). */
    public void lockForWriting() {
        getEntityManager().createNativeQuery("select cast(pg_advisory_xact_lock(" + LOCK + ") as text)")
                .getSingleResult();
    }
}
