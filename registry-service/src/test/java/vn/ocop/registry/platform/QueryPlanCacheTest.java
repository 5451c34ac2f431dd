package vn.ocop.registry.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.certificate.repository.CertificateRepository;
import vn.ocop.registry.media.OwnerType;
import vn.ocop.registry.media.repository.OwnerImageRepository;
import vn.ocop.registry.notification.repository.NotificationRepository;
import vn.ocop.registry.partner.repository.PartnerRepository;
import vn.ocop.registry.webhook.repository.WebhookDeliveryRepository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate's query plan cache must hold one plan per native statement, not one per run. A native query given a
 * result class ({@code createNativeQuery(sql, UUID.class)}) gets a cache key that equals no other (Hibernate 7.2), so
 * every run missed and added a plan under the same hash: the pollers and the webhook writer filled the bounded cache
 * with copies, pushing out the HQL plans, and each lookup walked the copies (a third of recording a certificate).
 */
@QuarkusTest
class QueryPlanCacheTest {

    @Inject
    EntityManagerFactory factory;
    @Inject
    PartnerRepository partners;
    @Inject
    CertificateRepository certificates;
    @Inject
    NotificationRepository notifications;
    @Inject
    WebhookDeliveryRepository deliveries;
    @Inject
    OwnerImageRepository images;

    @Test
    void shouldReuseOnePlanPerNativeStatement() {
        runEach(); // the first run of each statement may add its plan
        int before = cachedPlans();
        for (int i = 0; i < 30; i++) {
            runEach();
        }
        // the schedulers running meanwhile may add their own first plans, never 30 copies of anything
        assertThat(cachedPlans() - before).as("plans added by 30 more runs of the same statements").isLessThan(5);
    }

    private void runEach() {
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = OffsetDateTime.now();
            assertThat(partners.webhookSubscribers("19")).isNotNull();
            assertThat(certificates.lockLapsed(LocalDate.of(1990, 1, 1), 1)).isEmpty();
            assertThat(notifications.lockDue(now.minusYears(30), 1)).isEmpty();
            assertThat(deliveries.lockDue(now.minusYears(30), 1)).isEmpty();
            assertThat(images.shown(OwnerType.PRODUCT, List.of(UUID.randomUUID()))).isEmpty();
        });
    }

    private int cachedPlans() {
        return factory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }
}
