package vn.ocop.registry.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import vn.ocop.contract.CertificateData;
import vn.ocop.contract.ProductData;
import vn.ocop.registry.certificate.Certificate;
import vn.ocop.registry.certificate.CertificateStatus;
import vn.ocop.registry.certificate.service.CertificateService;
import vn.ocop.registry.outbox.RegistryFact;
import vn.ocop.registry.partner.service.PartnerService;
import vn.ocop.registry.platform.json.JsonText;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.product.repository.ProductRepository;
import vn.ocop.registry.webhook.WebhookDelivery;
import vn.ocop.registry.webhook.WebhookEventTypes;
import vn.ocop.registry.webhook.WebhookPayload;
import vn.ocop.registry.webhook.repository.WebhookDeliveryRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Turns certificate facts, and changes of a certified product (details, images), into webhook deliveries in the
 * transaction that fired them: one per partner with a webhook
 * URL whose provinces include the product's. The body is fixed here, so every retry sends (and signs) the same bytes.
 */
@ApplicationScoped
public class WebhookWriter {

    private final PartnerService partners;
    private final ProductRepository products;
    private final WebhookDeliveryRepository deliveries;
    private final JsonText json;
    private final Clock clock;
    private final WebhookDispatcher dispatcher;
    private final CertificateService certificates;

    public WebhookWriter(PartnerService partners, ProductRepository products, WebhookDeliveryRepository deliveries,
                         JsonText json, Clock clock, WebhookDispatcher dispatcher, CertificateService certificates) {
        this.certificates = certificates;
        this.partners = partners;
        this.products = products;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
        this.dispatcher = dispatcher;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onFact(@Observes RegistryFact fact) {
        String type = WebhookEventTypes.forFact(fact.type());
        if (type == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (fact.data() instanceof CertificateData c) {
            enqueue(type, c.productId(), now, new WebhookPayload.Data(c.productId(), c.certificateId(), c.number(),
                    c.stars(), c.previousStars(), c.status(), c.validUntil(), c.revokedAt(), c.revocationReason()));
        } else if (fact.data() instanceof ProductData p) {
            // details or images of a product partners list: only while its certificate makes it a catalog product
            Certificate c = certificates.currentOf(List.of(p.productId())).get(p.productId());
            if (c != null && c.stars >= 3 && c.statusOn(certificates.today()) == CertificateStatus.VALID) {
                enqueue(type, p.productId(), now, new WebhookPayload.Data(p.productId(), c.id, c.number, c.stars,
                        null, CertificateStatus.VALID.name(), c.validUntil, null, null));
            }
        }
    }

    private void enqueue(String type, UUID productId, OffsetDateTime now, WebhookPayload.Data data) {
        Product product = products.findById(productId);
        List<UUID> subscribers = partners.webhookSubscribers(product.producer.commune.province.code);
        if (subscribers.isEmpty()) {
            return;
        }
        String body = json.write(new WebhookPayload(type, now, data));
        for (UUID partner : subscribers) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.partnerId = partner;
            delivery.eventType = type;
            delivery.productId = productId;
            delivery.payload = body;
            delivery.state = WebhookDelivery.State.PENDING;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            deliveries.persist(delivery);
        }
    }

    void wakeDispatcher(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryFact fact) {
        if (WebhookEventTypes.forFact(fact.type()) != null) {
            dispatcher.wake();
        }
    }
}
