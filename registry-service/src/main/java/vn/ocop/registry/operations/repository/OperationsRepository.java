package vn.ocop.registry.operations.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** Backlog and run queries behind the operational metrics; reads other features' tables in bulk, never writes them. */
@ApplicationScoped
public class OperationsRepository {

    /** Rows waiting, the age of the oldest in seconds, and how many of them failed their last attempt. */
    public record Backlog(long pending, long oldestAgeSeconds, long failing) {
    }

    private final EntityManager em;

    public OperationsRepository(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Backlog webhookBacklog() {
        return backlog("select count(*), coalesce(extract(epoch from now() - min(created_at)), 0), "
                + "count(*) filter (where last_error is not null) from webhook_delivery where state = 'PENDING'");
    }

    @Transactional
    public Backlog notificationBacklog() {
        return backlog("select count(*), coalesce(extract(epoch from now() - min(created_at)), 0), "
                + "count(*) filter (where last_error is not null) from notification where status = 'PENDING'");
    }

    /** Webhook deliveries given up on (state FAILED), ever. */
    @Transactional
    public long webhooksGivenUp() {
        return ((Number) em.createNativeQuery("select count(*) from webhook_delivery where state = 'FAILED'")
                .getSingleResult()).longValue();
    }

    /** An import job that finished: how long it ran and when it finished (epoch milliseconds). */
    public record FinishedImport(Duration duration, long finishedAtMillis) {
    }

    /** The import jobs that finished after {@code since}, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<FinishedImport> importsFinishedAfter(OffsetDateTime since) {
        List<Object[]> rows = em.createNativeQuery("select extract(epoch from finished_at - coalesce(started_at, "
                        + "created_at)), extract(epoch from finished_at) * 1000 from import_job where finished_at > ?1 "
                        + "order by finished_at")
                .setParameter(1, since).getResultList();
        return rows.stream().map(r -> new FinishedImport(
                Duration.ofMillis(Math.round(((Number) r[0]).doubleValue() * 1000)),
                ((Number) r[1]).longValue())).toList();
    }

    /** Records that the daily job {@code name} has just finished. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void runFinished(String name, OffsetDateTime at) {
        em.createNativeQuery("insert into scheduled_run (name, finished_at) values (?1, ?2) "
                + "on conflict (name) do update set finished_at = excluded.finished_at")
                .setParameter(1, name).setParameter(2, at).executeUpdate();
    }

    /** When the daily job {@code name} last finished, as epoch seconds (0 when it never has). */
    @Transactional
    public long lastRun(String name) {
        List<?> rows = em.createNativeQuery("select extract(epoch from finished_at) from scheduled_run where name = ?1")
                .setParameter(1, name).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    private Backlog backlog(String sql) {
        Object[] row = (Object[]) em.createNativeQuery(sql).getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }
}
