package vn.ocop.systemtests;

import org.junit.jupiter.api.Test;
import vn.ocop.localstack.LocalStack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.systemtests.RegistryActions.recordCertificate;
import static vn.ocop.systemtests.RegistryActions.registerProducer;
import static vn.ocop.systemtests.RegistryActions.registerProduct;
import static vn.ocop.systemtests.SystemUnderTest.stack;
import static vn.ocop.systemtests.SystemUnderTest.traceability;
import static vn.ocop.systemtests.TestData.aCertificate;
import static vn.ocop.systemtests.TestData.aProduct;
import static vn.ocop.systemtests.TestData.aProducer;

/**
 * The registry keeps certifying while Kafka is down (the facts wait in its outbox), and every certification reaches the
 * scan side once Kafka is back: no dual write, nothing lost.
 */
class KafkaOutageTest {

    @Test
    void shouldDeliverCertificationsMadeWhileKafkaWasDownOnceKafkaIsBack() throws Exception {
        String producerId = registerProducer(aProducer().ofType("THT"));
        LocalStack stack = stack();
        List<String> productIds = new ArrayList<>();

        stack.stopKafka();
        try {
            assertThat(stack.kafkaRunning()).isFalse();
            for (int stars = 3; stars <= 4; stars++) {
                for (int i = 0; i < 3; i++) {
                    String productId = registerProduct(aProduct(producerId)).getString("id");
                    recordCertificate(aCertificate(productId).withStars(stars));
                    productIds.add(productId);
                }
            }
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> productIds.stream().noneMatch(KafkaOutageTest::showsStars));
        } finally {
            stack.startKafka();
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(productIds).allMatch(KafkaOutageTest::showsStars));
    }

    private static boolean showsStars(String productId) {
        var response = traceability().accept("application/json").get("/products/{id}", productId);
        return response.statusCode() == 200 && response.jsonPath().get("stars") != null;
    }
}
