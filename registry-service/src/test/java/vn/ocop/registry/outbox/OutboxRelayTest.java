package vn.ocop.registry.outbox;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.infra.EmbeddedKafkaServer;
import vn.ocop.registry.support.RegistryEvents;
import vn.ocop.registry.support.RegistryEvents.Seen;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

@QuarkusTest
class OutboxRelayTest {

    @Test
    void shouldPublishCertificateAsCloudEventKeyedByProduct() {
        UUID producer = aProducer().create();
        UUID product = aProduct(producer).create();
        UUID certificate = aCertificate(product).stars(4).record();
        try (RegistryEvents events = new RegistryEvents()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> events.about(product, Duration.ofMillis(200)).size() == 2);
            List<Seen> seen = events.about(product, Duration.ZERO);
            assertThat(seen).extracting(Seen::type)
                    .containsExactly(EventTypes.PRODUCT_REGISTERED, EventTypes.CERTIFICATE_ISSUED);
            Seen issued = seen.get(1);
            assertThat(issued.key()).isEqualTo(product.toString());
            assertThat(issued.event().path("specversion").asText()).isEqualTo("1.0");
            assertThat(issued.event().path("source").asText()).isEqualTo("/registry");
            assertThat(issued.event().path("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(issued.event().path("time").asText()).isNotBlank();
            assertThat(issued.event().at("/data/certificateId").asText()).isEqualTo(certificate.toString());
            assertThat(issued.event().at("/data/stars").asInt()).isEqualTo(4);
            assertThat(seen.get(0).event().at("/data/producer/producerId").asText()).isEqualTo(producer.toString());
            assertThat(seen.get(0).event().at("/data/producer/communeName").asText()).isEqualTo("Xã Phú Bình");
        }
    }

    @Test
    void shouldKeepEventsPendingWhileKafkaIsDownAndDeliverEachOnceInOrderAfter() throws Exception {
        EmbeddedKafkaServer kafka = EmbeddedKafkaServer.at(
                Path.of(config("ocop.test.kafka.dir")), Integer.parseInt(config("ocop.test.kafka.port")));
        UUID producer = aProducer().create();
        awaitNoBacklog();
        List<UUID> products = new ArrayList<>();
        kafka.stop();
        try {
            for (int i = 0; i < 100; i++) {
                UUID product = aProduct(producer).create();
                aCertificate(product).stars(3 + i % 2).record();
                products.add(product);
            }
            // the relay cannot publish: all 200 events stay in the outbox
            await().atMost(Duration.ofSeconds(30)).until(() -> pendingEvents() >= 200);
            assertThat(pendingEvents()).isGreaterThanOrEqualTo(200);
        } finally {
            kafka.start();
        }
        awaitNoBacklog();
        try (RegistryEvents events = new RegistryEvents()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> ofProducts(events.poll(Duration.ofMillis(500)), products).size() >= 200);
            List<Seen> delivered = ofProducts(events.poll(Duration.ofSeconds(2)), products);
            assertThat(delivered).hasSize(200);
            assertThat(delivered.stream().map(Seen::id).distinct().count()).isEqualTo(200);
            Map<String, List<String>> typesByProduct = delivered.stream().collect(Collectors.groupingBy(Seen::key,
                    Collectors.mapping(Seen::type, Collectors.toList())));
            assertThat(typesByProduct).hasSize(100);
            assertThat(typesByProduct.values()).allSatisfy(types -> assertThat(types)
                    .containsExactly(EventTypes.PRODUCT_REGISTERED, EventTypes.CERTIFICATE_ISSUED));
        }
    }

    private static List<Seen> ofProducts(List<Seen> seen, List<UUID> products) {
        var keys = products.stream().map(UUID::toString).collect(Collectors.toSet());
        return seen.stream().filter(s -> keys.contains(s.key())).toList();
    }

    private static void awaitNoBacklog() {
        await().atMost(Duration.ofSeconds(60)).until(() -> pendingEvents() == 0);
    }

    /** The outbox backlog as the service reports it on its Prometheus endpoint. */
    static double pendingEvents() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("ocop_outbox_pending"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }
}
