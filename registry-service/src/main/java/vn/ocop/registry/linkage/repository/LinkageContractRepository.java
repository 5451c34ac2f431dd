package vn.ocop.registry.linkage.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.linkage.LinkageContract;

import java.util.UUID;

/** Linkage contracts by product. */
@ApplicationScoped
public class LinkageContractRepository implements PanacheRepositoryBase<LinkageContract, UUID> {

    public PanacheQuery<LinkageContract> ofProduct(UUID productId) {
        return find("productId", Sort.by("validFrom").and("id"), productId);
    }
}
