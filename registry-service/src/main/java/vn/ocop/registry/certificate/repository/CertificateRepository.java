package vn.ocop.registry.certificate.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.certificate.Certificate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries over certificates, their numbering counters and the locks that keep issuing consistent. */
@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<Certificate, UUID> {

    /** An open certificate that lapses soon: what its reminder tells. */
    public record Expiring(UUID id, UUID productId, String number, int stars, LocalDate validUntil) {
    }

    /** Namespace of the per-product advisory locks taken while a product's certificates change. */
    private static final int PRODUCT_LOCK_NAMESPACE = 0x0C0B_0C01;

    public Optional<Certificate> byNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    public List<Certificate> ofProducts(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return list("product.id in ?1 order by decisionDate desc, createdAt desc", productIds);
    }

    /**
     * The next sequence of a province and year, counted in the database: concurrent transactions queue on the counter
     * row until the first commits, and a rolled-back transaction gives its number back.
     */
    public int nextSequence(String provinceCode, int year) {
        Object next = getEntityManager().createNativeQuery("""
                insert into certificate_number_counter as c (province_code, issue_year, last_sequence)
                values (?1, ?2, 1)
                on conflict (province_code, issue_year) do update set last_sequence = c.last_sequence + 1
                returning last_sequence""")
                .setParameter(1, provinceCode).setParameter(2, year).getSingleResult();
        return ((Number) next).intValue();
    }

    /**
     * Locks up to {@code limit} open certificates (not revoked, expired or superseded) that lapse between {@code from}
     * and {@code until} and whose producer was not reminded yet. Rows another transaction holds are skipped, so
     * concurrent runs share the work and never remind twice.
     */
    public List<Certificate> lockDueForReminder(LocalDate from, LocalDate until, int limit) {
        return lockOpen("reminder_sent_at is null and valid_until between :from and :until",
                Map.of("from", from, "until", until), limit);
    }

    /** Open certificates (not revoked, expired or superseded) whose last valid day is between the two days. */
    public List<Expiring> openExpiringBetween(LocalDate from, LocalDate until) {
        return getEntityManager().createQuery("select c.id, c.product.id, c.number, c.stars, c.validUntil from "
                        + "Certificate c where c.revokedAt is null and c.expiredAt is null and c.supersededBy is null "
                        + "and c.validUntil >= :today and c.validUntil <= :limit", Object[].class)
                .setParameter("today", from).setParameter("limit", until).getResultList().stream()
                .map(c -> new Expiring((UUID) c[0], (UUID) c[1], (String) c[2], ((Number) c[3]).intValue(),
                        (LocalDate) c[4]))
                .toList();
    }

    /** Locks up to {@code limit} open certificates whose last valid day is before {@code today}, skipping held rows. */
    public List<Certificate> lockLapsed(LocalDate today, int limit) {
        return lockOpen("valid_until < :today", Map.of("today", today), limit);
    }

    private List<Certificate> lockOpen(String condition, Map<String, Object> parameters, int limit) {
        var query = getEntityManager().createNativeQuery("select id from certificate where revoked_at is null "
                + "and expired_at is null and superseded_by is null and " + condition
                + " order by valid_until, id limit :limit for update skip locked");
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.setParameter("limit", limit).getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1 order by validUntil, id", ids);
    }

    /** Serialises changes to one product's certificates until the current transaction ends. */
    public void lockProduct(UUID productId) {
        getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1, hashtext(?2))) l")
                .setParameter(1, PRODUCT_LOCK_NAMESPACE).setParameter(2, productId.toString()).getSingleResult();
    }
}
