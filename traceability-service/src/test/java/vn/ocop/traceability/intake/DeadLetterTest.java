package vn.ocop.traceability.intake;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProductData;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.RegistryEvents.awaitDeadLetter;
import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.header;
import static vn.ocop.traceability.support.RegistryEvents.publish;
import static vn.ocop.traceability.support.RegistryEvents.send;
import static vn.ocop.traceability.support.TestData.aProduct;
import static vn.ocop.traceability.support.TraceRecords.awaitRecord;

@QuarkusTest
class DeadLetterTest {

    @Test
    void shouldDeadLetterAPoisonMessageAndGoOnWithTheNextOne() {
        String poison = "this is not JSON " + UUID.randomUUID();
        ProductData next = aProduct().named("Nước mắm Cát Hải").build();

        send(next.productId().toString(), poison);
        publish(event(EventTypes.PRODUCT_REGISTERED, next.productId(), next));

        ConsumerRecord<String, String> dead = awaitDeadLetter(r -> poison.equals(r.value()), Duration.ofSeconds(10));
        assertThat(header(dead, "dead-letter-reason")).contains("not a CloudEvent JSON document");
        assertThat(header(dead, "dead-letter-topic")).isEqualTo("ocop.registry.events");
        assertThat(dead.key()).isEqualTo(next.productId().toString());
        awaitRecord(next.productId(), r -> "Nước mắm Cát Hải".equals(r.get("name")));
    }

    @Test
    void shouldDeadLetterAnEventOfUnknownTypeWithTheReason() {
        UUID key = UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        String unknown = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/registry\","
                + "\"type\":\"vn.ocop.registry.product.teleported.v1\",\"subject\":\"" + key + "\",\"data\":{}}";

        send(key.toString(), unknown);

        ConsumerRecord<String, String> dead = awaitDeadLetter(r -> r.value().contains(id), Duration.ofSeconds(10));
        assertThat(header(dead, "dead-letter-reason")).contains("unknown event type");
    }

    @Test
    void shouldDeadLetterAnEventWithInvalidData() {
        UUID productId = UUID.randomUUID();
        var invalid = event(EventTypes.CERTIFICATE_ISSUED, productId, Map.of("productId", productId.toString(),
                "stars", 9));

        publish(invalid);

        ConsumerRecord<String, String> dead = awaitDeadLetter(r -> r.value().contains(invalid.id()),
                Duration.ofSeconds(10));
        assertThat(header(dead, "dead-letter-reason")).contains("data.");
    }
}
