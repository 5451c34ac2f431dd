package vn.ocop.registry.register.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A read model of the registers for exports: producers, products and certificates of an area as rows, in one query
 * per register (an export of the whole country is three queries, not an entity graph).
 */
@ApplicationScoped
public class RegisterRepository {

    private final EntityManager em;

    public RegisterRepository(EntityManager em) {
        this.em = em;
    }

    public List<List<Object>> producers(String province, String commune) {
        return rows("""
                select r.id::text, r.name, r.type, r.tax_code, r.commune_code, r.address, r.contact_name, r.phone,
                       r.email, r.workers
                from producer r join commune c on c.code = r.commune_code %s order by r.name, r.id""", province, commune,
                null);
    }

    public List<List<Object>> products(String province, String commune) {
        return rows("""
                select p.id::text, p.producer_id::text, p.name, p.group_code, p.gtin, p.description
                from product p join producer r on r.id = p.producer_id join commune c on c.code = r.commune_code %s
                order by p.name, p.id""", province, commune, null);
    }

    /** Certificates with their status on {@code today} (superseded ones included, marked so). */
    public List<List<Object>> certificates(String province, String commune, LocalDate today) {
        return rows("""
                select ce.product_id::text, ce.number, ce.stars, ce.issuing_authority, ce.decision_date, ce.valid_until,
                       case when ce.revoked_at is not null then 'REVOKED'
                            when ce.superseded_by is not null then 'SUPERSEDED'
                            when ce.expired_at is not null or ce.valid_until < :today then 'EXPIRED'
                            else 'VALID' end
                from certificate ce join product p on p.id = ce.product_id join producer r on r.id = p.producer_id
                join commune c on c.code = r.commune_code %s order by ce.decision_date, ce.number""", province, commune,
                today);
    }

    private List<List<Object>> rows(String sql, String province, String commune, LocalDate today) {
        List<String> where = new ArrayList<>();
        if (province != null) {
            where.add("c.province_code = :province");
        }
        if (commune != null) {
            where.add("c.code = :commune");
        }
        Query query = em.createNativeQuery(sql.formatted(where.isEmpty() ? "" : "where " + String.join(" and ", where)));
        if (province != null) {
            query.setParameter("province", province);
        }
        if (commune != null) {
            query.setParameter("commune", commune);
        }
        if (today != null) {
            query.setParameter("today", today);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> {
            List<Object> row = new ArrayList<>(r.length);
            for (Object v : r) {
                row.add(v instanceof java.sql.Date d ? d.toLocalDate() : v);
            }
            return row;
        }).toList();
    }
}
