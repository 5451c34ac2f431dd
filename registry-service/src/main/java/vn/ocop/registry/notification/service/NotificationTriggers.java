package vn.ocop.registry.notification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.ocop.contract.CertificateData;
import vn.ocop.contract.DossierData;
import vn.ocop.contract.EventTypes;
import vn.ocop.registry.certificate.ExpiryRunFinished;
import vn.ocop.registry.dossier.DossierReturned;
import vn.ocop.registry.notification.NotificationKind;
import vn.ocop.registry.notification.config.NotificationConfig;
import vn.ocop.registry.notification.service.NotificationService.About;
import vn.ocop.registry.outbox.RegistryFact;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.scoring.ScoringRoundOpened;

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
    private final EntityManager em;
    private final Clock clock;

    public NotificationTriggers(NotificationService notifications, NotificationConfig config, EntityManager em,
                                Clock clock) {
        this.notifications = notifications;
        this.config = config;
        this.em = em;
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
        Product product = em.find(Product.class, returned.productId());
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
        Product product = em.find(Product.class, round.productId());
        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("select m.subject, m.full_name from round_seat s join "
                        + "council_member m on m.id = s.member_id where s.round_id = ?1 and s.present and not s.recused")
                .setParameter(1, round.roundId()).getResultList();
        for (Object[] member : members) {
            Map<String, Object> data = producerModel(product);
            data.put("member", member[1]);
            data.put("roundId", round.roundId());
            data.put("roundNo", round.roundNo());
            data.put("dossierId", round.dossierId());
            notifications.notify(NotificationKind.SCORING_ROUND_OPENED, "round:" + round.roundId() + ":opened",
                    List.of((String) member[0]), data, about(product));
        }
    }

    private void dossierDecided(DossierData dossier) {
        Product product = em.find(Product.class, dossier.productId());
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
                contacts(em.find(Product.class, certificate.productId())),
                certificateModel(certificate.certificateId(), certificate.productId(), certificate.number(),
                        certificate.stars(), certificate.validUntil(), certificate.revocationReason()),
                about(em.find(Product.class, certificate.productId())));
    }

    /** After each expiry run: one reminder per certificate when 60 days or fewer remain, another at 30 or fewer. */
    @Transactional
    void remindExpiring(@Observes ExpiryRunFinished run) {
        LocalDate today = run.day();
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createQuery("select c.id, c.product.id, c.number, c.stars, c.validUntil from "
                        + "Certificate c where c.revokedAt is null and c.expiredAt is null and c.supersededBy is null "
                        + "and c.validUntil >= :today and c.validUntil <= :limit")
                .setParameter("today", today).setParameter("limit", today.plusDays(60)).getResultList();
        for (Object[] c : due) {
            LocalDate validUntil = (LocalDate) c[4];
            long days = ChronoUnit.DAYS.between(today, validUntil);
            NotificationKind kind = days <= 30 ? NotificationKind.CERTIFICATE_EXPIRING_30
                    : NotificationKind.CERTIFICATE_EXPIRING_60;
            Product product = em.find(Product.class, c[1]);
            Map<String, Object> data = certificateModel((UUID) c[0], product.id, (String) c[2],
                    ((Number) c[3]).intValue(), validUntil, null);
            data.put("days", days);
            notifications.notify(kind, "certificate:" + c[0] + ":" + kind.template() + ":" + validUntil,
                    contacts(product), data, about(product));
        }
    }

    /** Partners whose webhook deliveries have been failing for longer than the configured hour hear of it once. */
    @Scheduled(every = "${ocop.notifications.check-interval:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void webhooksFailing() {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(config.webhookFailingAfter());
        @SuppressWarnings("unchecked")
        List<Object[]> failing = em.createNativeQuery("select p.id, p.name, p.contact_email, "
                        + "min(d.created_at), count(*), (array_agg(d.last_error order by d.seq desc))[1], "
                        + "(array_agg(d.id order by d.seq))[1] from webhook_delivery d join partner p on "
                        + "p.id = d.partner_id where d.state = 'PENDING' and d.last_error is not null "
                        + "group by p.id, p.name, p.contact_email having min(d.created_at) <= ?1")
                .setParameter(1, since).getResultList();
        for (Object[] row : failing) {
            UUID partnerId = (UUID) row[0];
            Map<String, Object> data = new HashMap<>();
            data.put("partnerId", partnerId);
            data.put("partner", row[1]);
            data.put("since", row[3]);
            data.put("failing", row[4]);
            data.put("error", row[5]);
            data.put("hours", Math.max(1, config.webhookFailingAfter().toHours()));
            // one message per failing episode: keyed by the oldest delivery still failing
            notifications.notify(NotificationKind.WEBHOOK_FAILING, "webhooks:" + partnerId + ":failing:" + row[6],
                    List.of((String) row[2]), data, new About(null, null, null, partnerId));
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
        Map<String, Object> data = producerModel(em.find(Product.class, productId));
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
