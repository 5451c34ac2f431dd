package vn.ocop.registry.producer.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.producer.ProducerType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Queries over producers: filters and diacritics-insensitive name search. */
@ApplicationScoped
public class ProducerRepository implements PanacheRepositoryBase<Producer, java.util.UUID> {

    public Optional<Producer> byTaxCode(String taxCode) {
        return find("taxCode", taxCode).firstResultOptional();
    }

    public PanacheQuery<Producer> search(String q, String province, String commune, ProducerType type) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.add("searchName like :q escape '\\'");
            params.and("q", TextSearch.containsPattern(q));
        }
        if (province != null) {
            where.add("commune.province.code = :province");
            params.and("province", province);
        }
        if (commune != null) {
            where.add("commune.code = :commune");
            params.and("commune", commune);
        }
        if (type != null) {
            where.add("type = :type");
            params.and("type", type);
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return find(query, Sort.by("name").and("id"), params);
    }
}
