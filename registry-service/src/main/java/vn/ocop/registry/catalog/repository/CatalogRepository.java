package vn.ocop.registry.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;
import vn.ocop.registry.catalog.CatalogChange;
import vn.ocop.registry.certificate.Certificate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Queries of the catalog: the current certificate of each certified product (valid today, ≥ 3★, the newest when a
 * product has several), in product-id order for keyset paging, and the change log.
 */
@ApplicationScoped
public class CatalogRepository {

    private static final String VALID = "%1$s.revokedAt is null and %1$s.supersededBy is null and %1$s.expiredAt is null "
            + "and %1$s.validUntil >= :today and %1$s.stars >= 3";

    /** Filters of a catalog query; null parts do not filter. */
    public record Filter(List<String> partnerProvinces, String province, String commune, String group, Integer stars,
                         OffsetDateTime updatedSince) {
    }

    private final EntityManager em;

    public CatalogRepository(EntityManager em) {
        this.em = em;
    }

    public List<Certificate> certified(Filter filter, UUID after, List<UUID> only, int limit, LocalDate today) {
        List<String> where = new ArrayList<>(List.of(String.format(VALID, "c"),
                "not exists (select 1 from Certificate n where n.product = p and " + String.format(VALID, "n")
                        + " and (n.decisionDate > c.decisionDate or (n.decisionDate = c.decisionDate and n.id > c.id)))"));
        Map<String, Object> params = new HashMap<>(Map.of("today", today));
        if (after != null) {
            where.add("p.id > :after");
            params.put("after", after);
        }
        if (only != null) {
            where.add("p.id in :only");
            params.put("only", only);
        }
        if (filter.partnerProvinces() != null) {
            where.add("p.producer.commune.province.code in :partnerProvinces");
            params.put("partnerProvinces", filter.partnerProvinces());
        }
        if (filter.province() != null) {
            where.add("p.producer.commune.province.code = :province");
            params.put("province", filter.province());
        }
        if (filter.commune() != null) {
            where.add("p.producer.commune.code = :commune");
            params.put("commune", filter.commune());
        }
        if (filter.group() != null) {
            where.add("p.group.code = :group");
            params.put("group", filter.group());
        }
        if (filter.stars() != null) {
            where.add("c.stars = :stars");
            params.put("stars", filter.stars().shortValue());
        }
        if (filter.updatedSince() != null) {
            where.add("(p.updatedAt >= :since or c.updatedAt >= :since or p.producer.updatedAt >= :since)");
            params.put("since", filter.updatedSince());
        }
        TypedQuery<Certificate> query = em.createQuery("select c from Certificate c join fetch c.product p "
                + "join fetch p.producer pr join fetch pr.commune cm join fetch cm.province join fetch p.group where "
                + String.join(" and ", where) + " order by p.id", Certificate.class).setMaxResults(limit)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    public List<CatalogChange> changes(long since, List<String> partnerProvinces, int limit) {
        TypedQuery<CatalogChange> query = em.createQuery("from CatalogChange where seq > :since"
                + (partnerProvinces != null ? " and provinceCode in :provinces" : "") + " order by seq",
                CatalogChange.class).setParameter("since", since).setMaxResults(limit);
        if (partnerProvinces != null) {
            query.setParameter("provinces", partnerProvinces);
        }
        return query.getResultList();
    }

    public long head() {
        return em.createQuery("select coalesce(max(seq), 0) from CatalogChange", Long.class).getSingleResult();
    }
}
