package vn.ocop.registry.productgroup.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.productgroup.ProductGroup;

import java.util.List;

/** Queries over the product group tree. */
@ApplicationScoped
public class ProductGroupRepository implements PanacheRepositoryBase<ProductGroup, String> {

    public List<ProductGroup> ordered() {
        return listAll(Sort.by("sortOrder").and("code"));
    }
}
