package vn.ocop.registry.criteria.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.criteria.CriteriaSet;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries over published criteria set versions. */
@ApplicationScoped
public class CriteriaSetRepository implements PanacheRepositoryBase<CriteriaSet, UUID> {

    /** The current (highest) version of a group. */
    public Optional<CriteriaSet> latest(String groupCode) {
        return find("groupCode", Sort.descending("version"), groupCode).firstResultOptional();
    }

    public Optional<CriteriaSet> byVersion(String groupCode, int version) {
        return find("groupCode = ?1 and version = ?2", groupCode, version).firstResultOptional();
    }

    /** Versions of one group (or of all groups when null), newest first within a group. */
    public List<CriteriaSet> versions(String groupCode) {
        Sort newestFirst = Sort.by("groupCode").and("version", Sort.Direction.Descending);
        return groupCode == null ? listAll(newestFirst) : list("groupCode", newestFirst, groupCode);
    }
}
