package vn.ocop.registry.webhook.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.webhook.WebhookDelivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Webhook deliveries: a partner's log, the worker's claim of due work, and partners whose deliveries keep failing. */
@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /**
     * A partner with failed deliveries still pending: since when (the oldest one's creation), how many, the newest
     * one's error, and the oldest one's id (which names the failing episode).
     */
    public record FailingPartner(UUID partnerId, String name, String contactEmail, Instant since, long failing,
                                 String lastError, UUID oldestDelivery) {
    }

    /** A partner's deliveries, newest first, optionally of one state. */
    public PanacheQuery<WebhookDelivery> log(UUID partnerId, WebhookDelivery.State state) {
        Sort newestFirst = Sort.by("createdAt", Sort.Direction.Descending).and("id");
        return state == null ? find("partnerId", newestFirst, partnerId)
                : find("partnerId = :partner and state = :state", newestFirst,
                Parameters.with("partner", partnerId).and("state", state));
    }

    /**
     * Locks up to {@code limit} due deliveries that head their (partner, product) chain (no earlier delivery of the
     * same partner and product is still pending), skipping rows another worker holds. Call inside a transaction.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockDue(OffsetDateTime now, int limit) {
        return getEntityManager().createNativeQuery("""
                select d.id from webhook_delivery d
                where d.state = 'PENDING' and d.next_attempt_at <= ?1
                  and not exists (select 1 from webhook_delivery e where e.partner_id = d.partner_id
                                  and e.product_id = d.product_id and e.state = 'PENDING' and e.seq < d.seq)
                order by d.next_attempt_at, d.seq
                limit ?2
                for update of d skip locked""")
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    /** Partners whose oldest pending delivery with an error was created at or before {@code since}. */
    public List<FailingPartner> failingSince(OffsetDateTime since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select p.id, p.name, p.contact_email, "
                        + "min(d.created_at), count(*), (array_agg(d.last_error order by d.seq desc))[1], "
                        + "(array_agg(d.id order by d.seq))[1] from webhook_delivery d join partner p on "
                        + "p.id = d.partner_id where d.state = 'PENDING' and d.last_error is not null "
                        + "group by p.id, p.name, p.contact_email having min(d.created_at) <= ?1")
                .setParameter(1, since).getResultList();
        return rows.stream().map(r -> new FailingPartner((UUID) r[0], (String) r[1], (String) r[2], (Instant) r[3],
                ((Number) r[4]).longValue(), (String) r[5], (UUID) r[6])).toList();
    }
}
