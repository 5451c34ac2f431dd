package vn.ocop.registry.indicator.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Optional;

/**
 * Reads the transaction snapshots and change notes (migration V27) that tell whether an indicator result computed
 * earlier still holds: the notes are written by triggers on every table the indicators read.
 */
@ApplicationScoped
public class IndicatorChangeRepository {

    private final EntityManager em;

    public IndicatorChangeRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The snapshot of committed transactions as of now, as text; empty when the current transaction has written
     * (its own uncommitted changes would be in a result computed now).
     */
    public Optional<String> snapshot() {
        Object snapshot = em.createNativeQuery("select case when pg_current_xact_id_if_assigned() is null "
                + "then cast(pg_current_snapshot() as text) end").getSingleResult();
        return Optional.ofNullable((String) snapshot);
    }

    /** Whether no transaction that changed the indicators' tables has committed since the snapshot was taken. */
    public boolean unchangedSince(String snapshot) {
        return (Boolean) em.createNativeQuery("""
                select (select horizon from indicator_change_horizon) < pg_snapshot_xmin(cast(:s as pg_snapshot))
                   and not exists (select 1 from indicator_change
                                    where xid >= pg_snapshot_xmin(cast(:s as pg_snapshot))
                                      and not pg_visible_in_snapshot(xid, cast(:s as pg_snapshot)))
                """).setParameter("s", snapshot).getSingleResult();
    }

    /** Drops notes older than an hour of transactions that have ended, and moves the horizon past them. */
    public void prune() {
        em.createNativeQuery("""
                with pruned as (
                    delete from indicator_change
                     where noted_at < clock_timestamp() - interval '1 hour'
                       and xid < pg_snapshot_xmin(pg_current_snapshot())
                    returning xid
                )
                update indicator_change_horizon set horizon = greatest(horizon, (select max(xid) from pruned))
                 where exists (select 1 from pruned)
                """).executeUpdate();
    }
}
