package vn.ocop.traceability.intake;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.agroal.api.AgroalDataSource;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.CertificateData;
import vn.ocop.contract.CloudEvent;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProducerData;
import vn.ocop.contract.ProductData;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.publish;
import static vn.ocop.traceability.support.TestData.aCertificate;
import static vn.ocop.traceability.support.TestData.aProducer;
import static vn.ocop.traceability.support.TestData.aProduct;
import static vn.ocop.traceability.support.TraceRecords.awaitRecord;

@QuarkusTest
class IdempotentIntakeTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldApplyARedeliveredEventOnlyOnce() throws SQLException {
        ProducerData v1 = aProducer().named("HTX Chè Tân Cương").atVersion(1).build();
        ProductData product = aProduct().by(v1).build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product));
        awaitRecord(product.productId(), r -> true);

        CloudEvent renamedV3 = event(EventTypes.PRODUCER_UPDATED, v1.producerId(),
                aProducer().withId(v1.producerId()).named("HTX Chè Tân Cương Hoàng Bình").atVersion(3).build());
        publish(renamedV3);
        awaitRecord(product.productId(), r -> "HTX Chè Tân Cương Hoàng Bình".equals(r.get("producer.name")));

        publish(event(EventTypes.PRODUCER_UPDATED, v1.producerId(),
                aProducer().withId(v1.producerId()).named("HTX Chè Tân Cương Thái Nguyên").atVersion(4).build()));
        awaitRecord(product.productId(), r -> "HTX Chè Tân Cương Thái Nguyên".equals(r.get("producer.name")));

        publish(renamedV3);
        CloudEvent marker = event(EventTypes.DOSSIER_SUBMITTED, product.productId(), java.util.Map.of("note", "x"));
        publish(marker);
        awaitProcessed(marker.id());

        assertThat(processedCount(renamedV3.id())).isEqualTo(1);
        awaitRecord(product.productId(), r -> "HTX Chè Tân Cương Thái Nguyên".equals(r.get("producer.name")));
    }

    @Test
    void shouldNeverReplaceANewerProducerSnapshotWithAnOlderOne() {
        ProducerData v5 = aProducer().named("Công ty TNHH Trà Xanh").atVersion(5).build();
        ProductData product = aProduct().by(v5).build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product));
        awaitRecord(product.productId(), r -> "Công ty TNHH Trà Xanh".equals(r.get("producer.name")));

        CloudEvent stale = event(EventTypes.PRODUCER_UPDATED, v5.producerId(),
                aProducer().withId(v5.producerId()).named("Tên cũ").atVersion(2).build());
        publish(stale);
        awaitProcessed(stale.id());

        awaitRecord(product.productId(), r -> "Công ty TNHH Trà Xanh".equals(r.get("producer.name")));
    }

    @Test
    void shouldApplyEveryCertificateEventTypeOfTheContract() throws Exception {
        ProductData product = aProduct().build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product));
        List<String> types = new ArrayList<>();
        for (Field field : EventTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof String type
                    && EventTypes.isCertificateEvent(type)) {
                types.add(type);
            }
        }
        assertThat(types).contains(EventTypes.CERTIFICATE_EXPIRING, EventTypes.CERTIFICATE_EXPIRED);

        CertificateData certificate = aCertificate().forProduct(product).build();
        List<CloudEvent> events = types.stream().map(t -> event(t, product.productId(), certificate)).toList();
        publish(events.toArray(CloudEvent[]::new));

        for (CloudEvent applied : events) {
            awaitProcessed(applied.id());
        }
    }

    private void awaitProcessed(String eventId) {
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> processedCount(eventId) == 1);
    }

    private long processedCount(String eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from processed_event where event_id = ?")) {
            query.setString(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
