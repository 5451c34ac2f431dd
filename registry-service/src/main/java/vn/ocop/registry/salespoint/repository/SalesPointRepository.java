package vn.ocop.registry.salespoint.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.salespoint.SalesPoint;
import vn.ocop.registry.salespoint.SalesPointKind;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Sales points and fairs by place, kind, product and name. */
@ApplicationScoped
public class SalesPointRepository implements PanacheRepositoryBase<SalesPoint, UUID> {

    public PanacheQuery<SalesPoint> search(String q, String province, String commune, SalesPointKind kind,
                                           UUID productId) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.add("s.searchName like :q escape '\\'");
            params.and("q", TextSearch.containsPattern(q));
        }
        if (province != null) {
            where.add("s.commune.province.code = :province");
            params.and("province", province);
        }
        if (commune != null) {
            where.add("s.commune.code = :commune");
            params.and("commune", commune);
        }
        if (kind != null) {
            where.add("s.kind = :kind");
            params.and("kind", kind);
        }
        if (productId != null) {
            where.add(":product member of s.productIds");
            params.and("product", productId);
        }
        return find("from SalesPoint s" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)),
                Sort.by("name").and("id"), params);
    }
}
