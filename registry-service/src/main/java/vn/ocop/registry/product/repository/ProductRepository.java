package vn.ocop.registry.product.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.platform.text.TextSearch;
import vn.ocop.registry.product.Product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries over products: filters by place, group and current stars, and diacritics-insensitive name search. */
@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, UUID> {

    /** Ids of the producer's products. */
    public List<UUID> idsOfProducer(UUID producerId) {
        return getEntityManager().createQuery("select p.id from Product p where p.producer.id = :producer", UUID.class)
                .setParameter("producer", producerId).getResultList();
    }

    public Optional<Product> byGtin(String gtin14) {
        return find("gtin", gtin14).firstResultOptional();
    }

    /** Products matching every given filter; {@code stars} matches a certificate valid on {@code today}. */
    public PanacheQuery<Product> search(String q, String province, String commune, String group, Integer stars,
                                        LocalDate today) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.add("p.searchName like :q escape '\\'");
            params.and("q", TextSearch.containsPattern(q));
        }
        if (province != null) {
            where.add("p.producer.commune.province.code = :province");
            params.and("province", province);
        }
        if (commune != null) {
            where.add("p.producer.commune.code = :commune");
            params.and("commune", commune);
        }
        if (group != null) {
            where.add("p.group.code = :group");
            params.and("group", group);
        }
        if (stars != null) {
            where.add("exists (select 1 from Certificate c where c.product = p and c.stars = :stars "
                    + "and c.revokedAt is null and c.supersededBy is null and c.expiredAt is null "
                    + "and c.validUntil >= :today)");
            params.and("stars", stars.shortValue()).and("today", today);
        }
        String query = "from Product p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return find(query, Sort.by("name").and("id"), params);
    }
}
