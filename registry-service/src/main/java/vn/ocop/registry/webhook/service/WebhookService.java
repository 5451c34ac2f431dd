package vn.ocop.registry.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.ocop.platform.transaction.AfterCommit;
import jakarta.transaction.Transactional;
import vn.ocop.registry.partner.service.PartnerService;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.problem.DomainException;
import vn.ocop.registry.webhook.WebhookDelivery;
import vn.ocop.registry.webhook.repository.WebhookDeliveryRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Owns a partner's webhook delivery log and sending a delivery again. */
@ApplicationScoped
public class WebhookService {

    private final WebhookDeliveryRepository deliveries;
    private final PartnerService partners;
    private final WebhookDispatcher dispatcher;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    public WebhookService(WebhookDeliveryRepository deliveries, PartnerService partners, WebhookDispatcher dispatcher,
                          TransactionSynchronizationRegistry transactions, Clock clock) {
        this.deliveries = deliveries;
        this.partners = partners;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Transactional
    public Page<DeliveryLogEntry> log(UUID partnerId, WebhookDelivery.State state, int page, int size) {
        partners.requireExists(partnerId);
        return Page.of(deliveries.log(partnerId, state), page, size).map(DeliveryLogEntry::of);
    }

    /** Queues a delivered or failed delivery again, due now; its attempts are kept. 409 while it is pending. */
    @Transactional
    public DeliveryLogEntry redeliver(UUID partnerId, UUID deliveryId) {
        WebhookDelivery delivery = deliveries.findByIdOptional(deliveryId)
                .filter(d -> d.partnerId.equals(partnerId))
                .orElseThrow(() -> DomainException.notFound("Webhook delivery", deliveryId));
        if (delivery.state == WebhookDelivery.State.PENDING) {
            throw DomainException.conflict("delivery-pending", "The delivery is pending already; it will be sent "
                    + "at nextAttemptAt");
        }
        delivery.state = WebhookDelivery.State.PENDING;
        delivery.nextAttemptAt = OffsetDateTime.now(clock);
        delivery.deliveredAt = null;
        AfterCommit.run(transactions, dispatcher::wake);
        return DeliveryLogEntry.of(delivery);
    }
}
