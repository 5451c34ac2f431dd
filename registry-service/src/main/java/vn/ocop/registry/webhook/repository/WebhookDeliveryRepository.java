package vn.ocop.registry.webhook.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.webhook.WebhookDelivery;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Webhook deliveries: a partner's log, and the worker's claim of due work. */
@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

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
                for update of d skip locked""", UUID.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }
}
