package vn.ocop.registry.notification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import vn.ocop.contract.CertificateData;
import vn.ocop.contract.DossierData;
import vn.ocop.contract.EventTypes;
import vn.ocop.registry.certificate.ExpiryRunFinished;
import vn.ocop.registry.certificate.repository.CertificateRepository;
import vn.ocop.registry.certificate.repository.CertificateRepository.Expiring;
import vn.ocop.registry.dossier.DossierReturned;
import vn.ocop.registry.notification.NotificationKind;
import vn.ocop.registry.notification.config.NotificationConfig;
import vn.ocop.registry.notification.service.NotificationService.About;
import vn.ocop.registry.outbox.RegistryFact;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.product.repository.ProductRepository;
import vn.ocop.registry.scoring.ScoringRoundOpened;
import vn.ocop.registry.scoring.repository.ScoringRoundRepository;
import vn.ocop.registry.scoring.repository.ScoringRoundRepository.Scorer;
import vn.ocop.registry.webhook.repository.WebhookDeliveryRepository;
import vn.ocop.registry.webhook.repository.WebhookDeliveryRepository.FailingPartner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns what happens in the registry into notifications, each keyed by the event it tells about so that telling it
 * again changes nothing: facts observed in their own transaction (dossier decided, certificate revoked or expired, to
 * the producer's contact address), the expiry run's day (certificates expiring within 60 and 30 days), a periodic
 * check of partners whose webhooks have been failing for an hour (to the partner's contact), dossiers returned
 * for correction, and scoring rounds opened (to each member able to score).
 */
@ApplicationScoped
public class NotificationTriggers {

    private final NotificationService notifications;
    private final NotificationConfig config;
    private final ProductRepository products;
    private final ScoringRoundRepository rounds;
    private final CertificateRepository certificates;
    private final WebhookDeliveryRepository deliveries;
    private final Clock clock;

    public NotificationTriggers(NotificationService notifications, NotificationConfig config,
                                ProductRepository products, ScoringRoundRepository rounds,
                                CertificateRepository certificates, WebhookDeliveryRepository deliveries,
                                Clock clock) {
        this.notifications = notifications;
        this.config = config;
        this.products = products;
        this.rounds = rounds;
        this.certificates = certificates;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Runs inside the transaction that fired the fact: the messages commit (or roll back) with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onFact(@Observes RegistryFact fact) {
        switch (fact.type()) {
            case EventTypes.DOSSIER_DECIDED -> dossierDecided((DossierData) fact.data());
            case EventTypes.CERTIFICATE_REVOKED -> certificate(NotificationKind.CERTIFICATE_REVOKED,
                    (CertificateData) fact.data(), "revoked");
            case EventTypes.CERTIFICATE_EXPIRED -> certificate(NotificationKind.CERTIFICATE_EXPIRED,
                    (CertificateData) fact.data(), "expired");
            default -> {
            }
        }
    }

    /** A dossier went back to its producer for correction (in the transaction that returned it). */
    @Transactional(Transactional.TxType.MANDATORY)
    void dossierReturned(@Observes DossierReturned returned) {
        Product product = products.findById(returned.productId());
        Map<String, Object> data = producerModel(product);
        data.put("dossierId", returned.dossierId());
        data.put("reason", returned.reason());
        notifications.notify(NotificationKind.DOSSIER_RETURNED, "dossier:" + returned.dossierId() + ":returned:"
                + returned.version(), contacts(product), data, about(product));
    }

    /**
     * A scoring round opened: each member able to score (present, not recused) is told, at the address their council
     * record has (the member's subject, when it is an e-mail address).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void roundOpened(@Observes ScoringRoundOpened round) {
        Product product = products.findById(round.productId());
        for (Scorer member : rounds.scorers(round.roundId())) {
            Map<String, Object> data = producerModel(product);
            data.put("member", member.fullName());
            data.put("roundId", round.roundId());
            data.put("roundNo", round.roundNo());
            data.put("dossierId", round.dossierId());
            notifications.notify(NotificationKind.SCORING_ROUND_OPENED, "round:" + round.roundId() + ":opened",
                    List.of(member.subject()), data, about(product));
        }
    }

    private void dossierDecided(DossierData dossier) {
        Product product = products.findById(dossier.productId());
        Map<String, Object> data = producerModel(product);
        boolean ranked = dossier.finalStars() != null && dossier.finalStars() >= 3 && "RANKED".equals(dossier.state());
        data.put("dossierId", dossier.dossierId());
        data.put("ranked", ranked);
        data.put("stars", dossier.finalStars());
        data.put("score", dossier.finalScore());
        data.put("certificateId", dossier.certificateId());
        data.put("reason", dossier.reason());
        notifications.notify(NotificationKind.DOSSIER_DECIDED, "dossier:" + dossier.dossierId() + ":decided",
                contacts(product), data, about(product));
    }

    private void certificate(NotificationKind kind, CertificateData certificate, String what) {
        notifications.notify(kind, "certificate:" + certificate.certificateId() + ":" + what,
                contacts(products.findById(certificate.productId())),
                certificateModel(certificate.certificateId(), certificate.productId(), certificate.number(),
                        certificate.stars(), certificate.validUntil(), certificate.revocationReason()),
                about(products.findById(certificate.productId())));
    }

    /** After each expiry run: one reminder per certificate when 60 days or fewer remain, another at 30 or fewer. */
    @Transactional
    void remindExpiring(@Observes ExpiryRunFinished run) {
        LocalDate today = run.day();
        for (Expiring c : certificates.openExpiringBetween(today, today.plusDays(60))) {
            LocalDate validUntil = c.validUntil();
            long days = ChronoUnit.DAYS.between(today, validUntil);
            NotificationKind kind = days <= 30 ? NotificationKind.CERTIFICATE_EXPIRING_30
                    : NotificationKind.CERTIFICATE_EXPIRING_60;
            Product product = products.findById(c.productId());
            Map<String, Object> data = certificateModel(c.id(), product.id, c.number(), c.stars(), validUntil, null);
            data.put("days", days);
            notifications.notify(kind, "certificate:" + c.id() + ":" + kind.template() + ":" + validUntil,
                    contacts(product), data, about(product));
        }
    }

    /** Partners whose webhook deliveries have been failing for longer than the configured hour hear of it once. */
    @Scheduled(every = "${ocop.notifications.check-interval:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void webhooksFailing() {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(config.webhookFailingAfter());
        for (FailingPartner partner : deliveries.failingSince(since)) {
            UUID partnerId = partner.partnerId();
            Map<String, Object> data = new HashMap<>();
            data.put("partnerId", partnerId);
            data.put("partner", partner.name());
            data.put("since", partner.since());
            data.put("failing", partner.failing());
            data.put("error", partner.lastError());
            data.put("hours", Math.max(1, config.webhookFailingAfter().toHours()));
            // one message per failing episode: keyed by the oldest delivery still failing
            notifications.notify(NotificationKind.WEBHOOK_FAILING, "webhooks:" + partnerId + ":failing:"
                    + partner.oldestDelivery(), List.of(partner.contactEmail()), data, new About(null, null, null, partnerId));
        }
    }

    private static Map<String, Object> producerModel(Product product) {
        Map<String, Object> data = new HashMap<>();
        data.put("product", product.name);
        data.put("producer", product.producer.contactName != null && !product.producer.contactName.isBlank()
                ? product.producer.contactName : product.producer.name);
        return data;
    }

    private Map<String, Object> certificateModel(UUID certificateId, UUID productId, String number, int stars,
                                                 LocalDate validUntil, String reason) {
        Map<String, Object> data = producerModel(products.findById(productId));
        data.put("certificateId", certificateId);
        data.put("number", number);
        data.put("stars", stars);
        data.put("validUntil", validUntil);
        data.put("reason", reason);
        return data;
    }

    /** The producer's contact address, when it has one. */
    private static List<String> contacts(Product product) {
        return product.producer.email == null ? List.of() : List.of(product.producer.email);
    }

    private static About about(Product product) {
        return new About(product.producer.id, product.producer.commune.province.code, product.producer.commune.code,
                null);
    }
}
