package vn.ocop.systemtests;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.systemtests.SystemUnderTest.otlp;
import static vn.ocop.systemtests.SystemUnderTest.registryAsAdmin;
import static vn.ocop.systemtests.TestData.aCertificate;
import static vn.ocop.systemtests.TestData.aProduct;
import static vn.ocop.systemtests.TestData.aProducer;

/**
 * One certification is one trace across both packaged services: a client's {@code traceparent} on the certificate
 * request is continued by the registry (HTTP, database, the outbox row, the relay's publish) and, through the
 * CloudEvent and its Kafka header, by the traceability consumer; both export spans of that trace to the collector.
 */
class OneTraceAcrossServicesTest {

    @Test
    void shouldExportSpansOfTheClientsTraceFromBothServices() {
        String producerId = RegistryActions.registerProducer(aProducer());
        String productId = RegistryActions.registerProduct(aProduct(producerId)).getString("id");
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String parent = HexFormat.of().formatHex(randomBytes(8));
        assertThat(otlp().exported("registry-service", traceId)).as("a fresh trace id").isFalse();

        registryAsAdmin().header("traceparent", "00-" + traceId + "-" + parent + "-01")
                .body(aCertificate(productId).body).post("/certificates").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(otlp().exported("registry-service", traceId)).as("registry spans of the trace").isTrue();
            assertThat(otlp().exported("traceability-service", traceId))
                    .as("traceability spans of the same trace (the consumer applying the events)").isTrue();
        });
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1;   // never all zero (an invalid id)
        return bytes;
    }
}
