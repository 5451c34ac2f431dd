package vn.ocop.registry.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.NativeQuery;
import vn.ocop.registry.catalog.CatalogChange;

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

    /** Filters of a catalog query; null parts do not filter. */
    public record Filter(List<String> partnerProvinces, String province, String commune, String group, Integer stars,
                         OffsetDateTime updatedSince) {
    }

    private final EntityManager em;

    public CatalogRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Listed products in product-id order after {@code after} (null: from the start), or only those in {@code only},
     * each with its current certificate. One SQL statement, projected straight to rows: per product in key order, an
     * index lookup of its newest valid certificate (a lateral join), so a page costs the same wherever it starts.
     */
    @SuppressWarnings("unchecked")
    public List<Listed> certified(Filter filter, UUID after, List<UUID> only, int limit, LocalDate today) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>(Map.of("today", today, "limit", limit));
        if (after != null) {
            where.add("p.id > :after");
            params.put("after", after);
        }
        if (only != null) {
            where.add("p.id in (:only)");
            params.put("only", only);
        }
        if (filter.partnerProvinces() != null) {
            where.add("cm.province_code in (:partnerProvinces)");
            params.put("partnerProvinces", filter.partnerProvinces());
        }
        if (filter.province() != null) {
            where.add("cm.province_code = :province");
            params.put("province", filter.province());
        }
        if (filter.commune() != null) {
            where.add("cm.code = :commune");
            params.put("commune", filter.commune());
        }
        if (filter.group() != null) {
            where.add("p.group_code = :group");
            params.put("group", filter.group());
        }
        if (filter.stars() != null) {
            where.add("c.stars = :stars");
            params.put("stars", filter.stars().shortValue());
        }
        if (filter.updatedSince() != null) {
            where.add("(p.updated_at >= :since or c.updated_at >= :since or pr.updated_at >= :since)");
            params.put("since", filter.updatedSince());
        }
        // A custom plan costs PostgreSQL about as much planning as executing (2-3 ms for a page of 500), and
        // the plan is the same for every cursor: keep the generic one (the driver prepares the statement on the
        // server after a few runs, so the plan is then reused).
        em.createNativeQuery("set local plan_cache_mode = force_generic_plan").executeUpdate();
        Query query = em.createNativeQuery("""
                select p.id product_id, p.name, p.description, p.gtin, g.code group_code, g.name group_name,
                       pr.id producer_id, pr.name producer_name, pr.type producer_type, cm.code commune_code,
                       cm.name commune_name, pv.code province_code, pv.name province_name, c.number, c.stars,
                       c.issuing_authority, c.decision_date, c.valid_until,
                       greatest(p.updated_at, c.updated_at, pr.updated_at) updated_at
                  from product p
                  join lateral (select * from certificate c
                                 where c.product_id = p.id and c.revoked_at is null and c.superseded_by is null
                                   and c.expired_at is null and c.valid_until >= :today and c.stars >= 3
                                 order by c.decision_date desc, c.id desc limit 1) c on true
                  join producer pr on pr.id = p.producer_id
                  join commune cm on cm.code = pr.commune_code
                  join province pv on pv.code = cm.province_code
                  join product_group g on g.code = p.group_code
                """ + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by p.id limit :limit")
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        NativeQuery<Object[]> typed = query.unwrap(NativeQuery.class);
        for (var column : COLUMNS.entrySet()) {
            typed.addScalar(column.getKey(), column.getValue());
        }
        params.forEach(query::setParameter);
        return typed.getResultList().stream().map(Listed::of).toList();
    }

    /** The columns of a listed row, in order, with their Java types. */
    private static final Map<String, Class<?>> COLUMNS = columns(
            "product_id", UUID.class, "name", String.class, "description", String.class, "gtin", String.class,
            "group_code", String.class, "group_name", String.class, "producer_id", UUID.class,
            "producer_name", String.class, "producer_type", String.class, "commune_code", String.class,
            "commune_name", String.class, "province_code", String.class, "province_name", String.class,
            "number", String.class, "stars", Short.class, "issuing_authority", String.class,
            "decision_date", LocalDate.class, "valid_until", LocalDate.class, "updated_at", OffsetDateTime.class);

    private static Map<String, Class<?>> columns(Object... pairs) {
        Map<String, Class<?>> columns = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put((String) pairs[i], (Class<?>) pairs[i + 1]);
        }
        return columns;
    }

    /** A listed product with its place, group, producer and current certificate; updatedAt is the latest of the three. */
    public record Listed(UUID productId, String name, String description, String gtin, String groupCode,
                         String groupName, UUID producerId, String producerName, String producerType,
                         String communeCode, String communeName, String provinceCode, String provinceName,
                         String number, int stars, String issuingAuthority, LocalDate decisionDate,
                         LocalDate validUntil, OffsetDateTime updatedAt) {

        static Listed of(Object[] r) {
            return new Listed((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (UUID) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11],
                    (String) r[12], (String) r[13], (Short) r[14], (String) r[15], (LocalDate) r[16],
                    (LocalDate) r[17], (OffsetDateTime) r[18]);
        }
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
