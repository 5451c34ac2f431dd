package vn.ocop.registry.council.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.council.Council;
import vn.ocop.registry.council.CouncilLevel;

import java.util.List;
import java.util.UUID;

/** Councils by level and province. */
@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, UUID> {

    /** Every council, national first, then by province and name. */
    public List<Council> all() {
        return listAll(Sort.by("level").descending().and("provinceCode").and("name"));
    }

    /** The councils of one province, or the national councils when {@code provinceCode} is null. */
    public List<Council> of(String provinceCode) {
        return provinceCode == null ? list("level", Sort.by("name"), CouncilLevel.NATIONAL)
                : list("provinceCode", Sort.by("name"), provinceCode);
    }
}
