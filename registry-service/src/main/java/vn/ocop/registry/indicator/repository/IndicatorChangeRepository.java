package vn.ocop.registry.indicator.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the transaction snapshots and change notes (migrations V27, V28) that tell whether an indicator result
 * computed earlier still holds, and which communes changed if not: the notes are written by triggers on every table
 * the indicators read.
 */
@ApplicationScoped
public class IndicatorChangeRepository {

    /** Stands for every commune in a set of changed communes (migration V28). */
    public static final String EVERYWHERE = "*";

    /**
     * The communes changed since a kept result's snapshot (empty: none; {@link #EVERYWHERE}: all, or not known) and
     * the snapshot they were read in, under which a result brought up to date may be kept (empty when the current
     * transaction has written).
     */
    public record Changes(Optional<String> snapshot, Set<String> communes) {
    }

    /**
     * The statement's snapshot of committed transactions, as text; null when the current transaction has written (its
     * own uncommitted changes would be in a result computed now, so no result may be kept under it).
     */
    private static final String KEEPABLE_SNAPSHOT = "case when pg_current_xact_id_if_assigned() is null "
            + "then cast(pg_current_snapshot() as text) end";

    private final EntityManager em;

    public IndicatorChangeRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The snapshot of committed transactions as of now, as text; empty when the current transaction has written
     * (its own uncommitted changes would be in a result computed now).
     */
    public Optional<String> snapshot() {
        Object snapshot = em.createNativeQuery("select " + KEEPABLE_SNAPSHOT).getSingleResult();
        return Optional.ofNullable((String) snapshot);
    }

    /**
     * The communes that transactions committed since {@code snapshot} changed, read in one statement together with
     * that statement's own snapshot: a transaction committing later is not seen here but is not in that snapshot
     * either, so a result brought up to date under it is never kept as newer than it is. A snapshot older than the
     * pruning horizon could have missed pruned notes: everything counts as changed.
     */
    public Changes since(String snapshot) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select %s,
                       (select string_agg(distinct x, ',') from (
                            select '*' as x where (select horizon from indicator_change_horizon)
                                                  >= pg_snapshot_xmin(cast(:s as pg_snapshot))
                            union all
                            select coalesce(cc.commune_code, '*') from indicator_change c
                              left join indicator_change_commune cc on cc.xid = c.xid
                             where c.xid >= pg_snapshot_xmin(cast(:s as pg_snapshot))
                               and not pg_visible_in_snapshot(c.xid, cast(:s as pg_snapshot))) changed)
                """.formatted(KEEPABLE_SNAPSHOT)).setParameter("s", snapshot).getSingleResult();
        String communes = (String) row[1];
        return new Changes(Optional.ofNullable((String) row[0]),
                communes == null ? Set.of() : new TreeSet<>(Arrays.asList(communes.split(","))));
    }

    /** Drops notes older than an hour of transactions that have ended, and moves the horizon past them. */
    public void prune() {
        em.createNativeQuery("""
                with pruned as (
                    delete from indicator_change
                     where noted_at < clock_timestamp() - interval '1 hour'
                       and xid < pg_snapshot_xmin(pg_current_snapshot())
                    returning xid
                ),
                pruned_communes as (
                    delete from indicator_change_commune where xid in (select xid from pruned)
                )
                update indicator_change_horizon set horizon = greatest(horizon, (select max(xid) from pruned))
                 where exists (select 1 from pruned)
                """).executeUpdate();
    }
}
