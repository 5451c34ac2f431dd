package vn.ocop.registry.indicator.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The indicator aggregations in SQL, per commune over a whole area at once (one statement for the commune rows and
 * their certified products by group, one for the products' revenue growth), so the national dashboard stays two
 * queries whatever the scale; restricted to some communes, the same two statements bring a kept result up to date.
 * Lookups in other tables are written {@code id in (subquery)}, which PostgreSQL answers from one hashed pass over that
 * table, rather than as a correlated {@code exists}, which it runs again for each of the 17,000 products.
 */
@ApplicationScoped
public class IndicatorRepository {

    /** Raw counts of one commune. */
    public record CommuneCounts(String communeCode, String communeName, String provinceCode, long productsInProgramme,
                                long certified, long stars3, long stars4, long stars5, long linked, long producers,
                                long dn, long htx, long tht, long hkd, long newOrganisations, long jobs,
                                long salesPoints, long fairs) {
    }

    /** The revenue growth of one product of a commune: the years before and after its first certification. */
    public record ProductGrowth(String communeCode, long before, long after, double percent) {
    }

    /** Certified products of a commune in a level-1 group ({@code sortOrder}: the group's place in the tree). */
    public record GroupCount(String communeCode, String groupCode, String groupName, int sortOrder, long certified) {
    }

    /** An area's counts: one row per commune, and its certified products by commune and level-1 group. */
    public record Counts(List<CommuneCounts> communes, List<GroupCount> groups) {
    }

    /**
     * The area: every commune of a province, one commune, or the country; {@code only} narrows it to some communes
     * (null: all of them).
     */
    public record Area(String provinceCode, String communeCode, Set<String> only) {

        public Area(String provinceCode, String communeCode) {
            this(provinceCode, communeCode, null);
        }

        /** The same area narrowed to the given communes. */
        public Area only(Set<String> communes) {
            return new Area(provinceCode, communeCode, Set.copyOf(communes));
        }

        String where() {
            List<String> conditions = new ArrayList<>();
            if (provinceCode != null) {
                conditions.add("c.province_code = :province");
            }
            if (communeCode != null) {
                conditions.add("c.code = :commune");
            }
            if (only != null) {
                conditions.add("c.code = any(:only)");
            }
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        void bind(Query query) {
            if (provinceCode != null) {
                query.setParameter("province", provinceCode);
            }
            if (communeCode != null) {
                query.setParameter("commune", communeCode);
            }
            if (only != null) {
                query.setParameter("only", only.toArray(String[]::new));
            }
        }
    }

    private static final String BASE = """
            with scope as (
                select c.code, c.name, c.province_code from commune c %s
            ),
            prod as (
                select p.id, p.group_code, p.created_at, r.id as producer_id, r.commune_code
                from product p join producer r on r.id = p.producer_id join scope s on s.code = r.commune_code
            ),
            cert as (
                select distinct on (ce.product_id) ce.product_id, ce.stars
                from certificate ce join prod on prod.id = ce.product_id
                where ce.decision_date <= :to and ce.valid_until >= :to
                  and (ce.revoked_at is null or (ce.revoked_at at time zone :tz)::date > :to)
                  and not exists (select 1 from certificate n where n.id = ce.superseded_by and n.decision_date <= :to)
                order by ce.product_id, ce.decision_date desc, ce.created_at desc
            ),
            certified as (
                select prod.id, prod.producer_id, prod.commune_code, prod.group_code, cert.stars,
                       (prod.id in (select l.product_id from value_chain_link l
                                     where (l.linked_at at time zone :tz)::date <= :to)
                        or prod.id in (select k.product_id from linkage_contract k
                                        where k.valid_from <= :to and (k.valid_to is null or k.valid_to >= :to))) as linked
                from prod join cert on cert.product_id = prod.id
                where cert.stars >= 3
            )
            """;

    private final EntityManager em;

    public IndicatorRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * One row per commune of the area, in code order, communes without anything included, and each commune's certified
     * products by level-1 product group (the root of the group's branch). One statement, so the certified products are
     * worked out once for both (the group rows follow the commune rows, told apart by {@code kind}).
     */
    public Counts counts(Area area, LocalDate from, LocalDate to, String timeZone) {
        String sql = BASE.formatted(area.where()) + """
                , programme as (
                    select commune_code, count(*) as products from prod
                    where (created_at at time zone :tz)::date <= :to
                       or prod.id in (select x.product_id from certificate x where x.decision_date <= :to)
                    group by commune_code
                ),
                certified_counts as (
                    select commune_code, count(*) as certified,
                           count(*) filter (where stars = 3) as s3, count(*) filter (where stars = 4) as s4,
                           count(*) filter (where stars = 5) as s5, count(*) filter (where linked) as linked
                    from certified group by commune_code
                ),
                producers as (
                    select r.commune_code, count(*) as total,
                           count(*) filter (where r.type = 'DN') as dn, count(*) filter (where r.type = 'HTX') as htx,
                           count(*) filter (where r.type = 'THT') as tht, count(*) filter (where r.type = 'HKD') as hkd,
                           count(*) filter (where r.type <> 'HKD'
                                              and (r.created_at at time zone :tz)::date >= :from) as new_orgs
                    from producer r join scope s on s.code = r.commune_code
                    where (r.created_at at time zone :tz)::date <= :to
                    group by r.commune_code
                ),
                jobs as (
                    select r.commune_code, sum(r.workers) as jobs from producer r
                    where r.id in (select distinct producer_id from certified)
                    group by r.commune_code
                ),
                sales as (
                    select sp.commune_code,
                           count(*) filter (where sp.kind = 'POINT'
                               and coalesce(sp.starts_on, (sp.created_at at time zone :tz)::date) <= :to
                               and (sp.ends_on is null or sp.ends_on >= :to)) as points,
                           count(*) filter (where sp.kind = 'FAIR' and sp.starts_on <= :to and sp.ends_on >= :from)
                               as fairs
                    from sales_point sp join scope s on s.code = sp.commune_code
                    group by sp.commune_code
                ),
                group_counts as (
                    select c.commune_code, g.code, g.name, g.sort_order, count(*) as certified from certified c
                    join product_group pg on pg.code = c.group_code
                    join product_group g on g.code = coalesce(pg.parent_code, pg.code)
                    group by c.commune_code, g.code, g.name, g.sort_order
                )
                select 0 as kind, 0 as sort_order, s.code, s.name, s.province_code, coalesce(pg.products, 0),
                       coalesce(cc.certified, 0), coalesce(cc.s3, 0), coalesce(cc.s4, 0), coalesce(cc.s5, 0),
                       coalesce(cc.linked, 0), coalesce(pr.total, 0), coalesce(pr.dn, 0), coalesce(pr.htx, 0),
                       coalesce(pr.tht, 0), coalesce(pr.hkd, 0), coalesce(pr.new_orgs, 0), coalesce(j.jobs, 0),
                       coalesce(sa.points, 0), coalesce(sa.fairs, 0)
                from scope s
                left join programme pg on pg.commune_code = s.code
                left join certified_counts cc on cc.commune_code = s.code
                left join producers pr on pr.commune_code = s.code
                left join jobs j on j.commune_code = s.code
                left join sales sa on sa.commune_code = s.code
                union all
                select 1, g.sort_order, g.code, g.name, g.commune_code, g.certified, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                       0, 0
                from group_counts g
                order by 1, 2, 3
                """;
        List<Object[]> rows = query(sql, area, from, to, timeZone).getResultList();
        List<CommuneCounts> communes = rows.stream().filter(r -> n(r[0]) == 0)
                .map(r -> new CommuneCounts((String) r[2], (String) r[3], (String) r[4], n(r[5]), n(r[6]),
                        n(r[7]), n(r[8]), n(r[9]), n(r[10]), n(r[11]), n(r[12]), n(r[13]), n(r[14]), n(r[15]),
                        n(r[16]), n(r[17]), n(r[18]), n(r[19]))).toList();
        List<GroupCount> groups = rows.stream().filter(r -> n(r[0]) == 1)
                .map(r -> new GroupCount((String) r[4], (String) r[2], (String) r[3], (int) n(r[1]), n(r[5])))
                .toList();
        return new Counts(communes, groups);
    }

    /**
     * The revenue growth of every product of the area that has it: a product certified (3 stars or more) by {@code to}
     * with revenue reports for the year before its first certification (above zero) and the year after (not after
     * {@code to}'s year). The percentage is computed here, as PostgreSQL's {@code float8}, so that medians taken over
     * it equal the ones {@code percentile_cont} gives.
     */
    public List<ProductGrowth> growth(Area area, LocalDate to) {
        String sql = """
                with scope as (
                    select c.code from commune c %s
                ),
                firsts as (
                    select p.id, r.commune_code, extract(year from min(ce.decision_date))::int as first_year
                    from product p join producer r on r.id = p.producer_id join scope s on s.code = r.commune_code
                    join certificate ce on ce.product_id = p.id and ce.stars >= 3
                    group by p.id, r.commune_code
                    having min(ce.decision_date) <= :to
                )
                select f.commune_code, b.revenue_vnd, a.revenue_vnd,
                       cast((a.revenue_vnd - b.revenue_vnd) * 100.0 / b.revenue_vnd as float8)
                from firsts f
                join revenue_report b on b.product_id = f.id and b.year = f.first_year - 1
                join revenue_report a on a.product_id = f.id and a.year = f.first_year + 1
                where b.revenue_vnd > 0 and a.year <= extract(year from cast(:to as date))
                """.formatted(area.where());
        Query query = em.createNativeQuery(sql).setParameter("to", to);
        area.bind(query);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ProductGrowth((String) r[0], n(r[1]), n(r[2]), ((Number) r[3]).doubleValue()))
                .toList();
    }

    @SuppressWarnings("rawtypes")
    private Query query(String sql, Area area, LocalDate from, LocalDate to, String timeZone) {
        Query query = em.createNativeQuery(sql).setParameter("to", to).setParameter("tz", timeZone);
        if (from != null) {
            query.setParameter("from", from);
        }
        area.bind(query);
        return query;
    }

    private static long n(Object value) {
        if (value == null) {
            return 0;
        }
        return value instanceof BigDecimal b ? b.longValue() : ((Number) value).longValue();
    }
}
