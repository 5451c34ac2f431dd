package vn.ocop.registry.audit.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.audit.AuditEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads of the audit trail, oldest first, filtered by entity and province. */
@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /** The newest entry about one record, if any. */
    public java.util.Optional<AuditEntry> latest(String entityType, UUID entityId) {
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
