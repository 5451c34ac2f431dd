package vn.ocop.registry.audit.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.ocop.platform.transaction.BeforeCommit;
import vn.ocop.registry.audit.AuditEntry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The audit trail's entries: appended per transaction and written as it commits; read oldest first, filtered by entity
 * and province.
 */
@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /** This transaction's entries, written when it commits. */
    private static final BeforeCommit<AuditEntry> PENDING = new BeforeCommit<>(AuditEntryRepository::insert);

    /** One statement for a transaction's entries, in the order given (ids follow it). */
    static final String INSERT = "insert into audit_entry (entity_type, entity_id, action, actor, province_code, at, "
            + "before, after) select r.entity_type, cast(r.entity_id as uuid), r.action, r.actor, r.province_code, "
            + "cast(r.at as timestamptz), cast(r.before as jsonb), cast(r.after as jsonb) "
            + "from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
            + "with ordinality as r(entity_type, entity_id, action, actor, province_code, at, before, after, n) "
            + "order by r.n";

    /** Inserts entries in one statement, on the connection of the transaction that appended them. */
    private static void insert(Connection connection, List<AuditEntry> entries) throws SQLException {
        BeforeCommit.insertColumns(connection, INSERT, entries, e -> e.entityType, e -> e.entityId.toString(),
                e -> e.action, e -> e.actor, e -> e.provinceCode, e -> e.at.toString(), e -> e.before, e -> e.after);
    }

    private final TransactionSynchronizationRegistry transactions;

    public AuditEntryRepository(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /**
     * Adds the entry to those the current transaction writes when it commits, all in one statement (an import chunk
     * appends hundreds).
     */
    public void append(AuditEntry entry) {
        PENDING.add(transactions, getEntityManager(), entry);
    }

    /** The newest entry about one record, if any: the transaction's own, not written yet, before any stored one. */
    public java.util.Optional<AuditEntry> latest(String entityType, UUID entityId) {
        List<AuditEntry> appended = PENDING.pending(transactions);
        for (int i = appended.size() - 1; i >= 0; i--) {
            AuditEntry entry = appended.get(i);
            if (entry.entityType.equals(entityType) && entry.entityId.equals(entityId)) {
                return java.util.Optional.of(entry);
            }
        }
        return find("entityType = ?1 and entityId = ?2", Sort.descending("id"), entityType, entityId)
                .firstResultOptional();
    }

    public PanacheQuery<AuditEntry> search(String entityType, UUID entityId, String provinceCode) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (entityType != null) {
            where.add("entityType = :type");
            params.and("type", entityType);
        }
        if (entityId != null) {
            where.add("entityId = :id");
            params.and("id", entityId);
        }
        if (provinceCode != null) {
            where.add("provinceCode = :province");
            params.and("province", provinceCode);
        }
        return find(String.join(" and ", where.isEmpty() ? List.of("1 = 1") : where), Sort.by("id"), params);
    }
}
