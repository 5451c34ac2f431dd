package vn.ocop.registry.imports.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.imports.ImportJob;
import vn.ocop.registry.imports.ImportStatus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Import jobs, and the look-ups validation needs against what is already registered. */
@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID> {

    public int interruptUnfinished(OffsetDateTime at) {
        return update("status = ?1, finishedAt = ?2, error = ?3, content = null where status in ?4",
                ImportStatus.INTERRUPTED, at,
                "the service stopped while the job was queued or running",
                List.of(ImportStatus.QUEUED, ImportStatus.VALIDATING, ImportStatus.WRITING));
    }

    /**
     * Sends what the persistence context holds to the database (in the current transaction) and forgets its entities,
     * so that the automatic flush before each query of a long write does not look at every row written so far.
     */
    public void flushAndForget() {
        getEntityManager().flush();
        getEntityManager().clear();
    }

    /** Deletes jobs that finished before {@code cutoff} (their issues go with them); returns how many. */
    public int deleteFinishedBefore(OffsetDateTime cutoff) {
        return (int) delete("finishedAt < ?1", cutoff);
    }

    /** Which of these values exist in {@code table.column} (a fixed pair named by the caller, never user input). */
    public List<String> existing(String table, String column, List<String> values) {
        List<String> found = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i += 1000) {
            List<String> chunk = values.subList(i, Math.min(values.size(), i + 1000));
            @SuppressWarnings("unchecked")
            List<String> rows = getEntityManager().createNativeQuery("select " + column + " from " + table + " where "
                    + column + " in (:values)").setParameter("values", chunk).getResultList();
            found.addAll(rows);
        }
        return found;
    }

    /** Commune codes of the existing producers (or of the producers of existing products) with these ids. */
    public java.util.Map<String, String> communesOf(String kind, List<UUID> ids) {
        java.util.Map<String, String> communes = new java.util.HashMap<>();
        String sql = kind.equals("producer")
                ? "select r.id::text, r.commune_code from producer r where r.id in (:ids)"
                : "select p.id::text, r.commune_code from product p join producer r on r.id = p.producer_id "
                + "where p.id in (:ids)";
        for (int i = 0; i < ids.size(); i += 1000) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = getEntityManager().createNativeQuery(sql)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000))).getResultList();
            rows.forEach(r -> communes.put((String) r[0], (String) r[1]));
        }
        return communes;
    }

    public List<String> groupCodes() {
        @SuppressWarnings("unchecked")
        List<String> codes = getEntityManager().createNativeQuery("select code from product_group").getResultList();
        return codes;
    }
}
