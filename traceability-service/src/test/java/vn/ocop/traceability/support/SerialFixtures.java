package vn.ocop.traceability.support;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProducerData;
import vn.ocop.contract.ProductData;
import vn.ocop.infra.SharedInfra;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.publish;
import static vn.ocop.traceability.support.TestData.aGtin13;
import static vn.ocop.traceability.support.TestData.aProducer;
import static vn.ocop.traceability.support.TestData.aProduct;

/** Producers with a GTIN product registered through the registry topic, their tokens, and serial requests. */
public final class SerialFixtures {

    private SerialFixtures() {
    }

    /** A producer and one of its products with a fresh GTIN-13, known to this service. */
    public record Registered(ProducerData producer, ProductData product) {

        public String gtin14() {
            return "0" + product.gtin();
        }

        /** A producer token carrying this producer's id. */
        public String producerToken() {
            return SerialFixtures.producerToken(producer.producerId());
        }
    }

    public static Registered aRegisteredProductWithGtin() {
        ProducerData producer = aProducer().build();
        ProductData product = aProduct().named("Trà xanh Tân Cương").withGtin(aGtin13()).by(producer).build();
        return register(producer, product);
    }

    public static Registered aRegisteredProductWithoutGtin() {
        ProducerData producer = aProducer().build();
        return register(producer, aProduct().by(producer).build());
    }

    private static Registered register(ProducerData producer, ProductData product) {
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product));
        // a generous deadline: these tests are about serials, not intake latency (TraceRecordTest measures that)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().accept(ContentType.JSON).get("/products/{id}", product.productId()).statusCode() == 200);
        return new Registered(producer, product);
    }

    public static String producerToken(UUID producerId) {
        return SharedInfra.jwt().token("producer-" + producerId, Set.of("producer"),
                Map.of("producer_id", producerId.toString()), Duration.ofHours(1));
    }

    public static String adminToken() {
        return SharedInfra.jwt().token("admin-1", "admin");
    }

    /** {@code POST /lots/{lotId}/serials} with {@code {"count": count}}. */
    public static Response generate(String token, UUID lotId, int count) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("count", count))
                .when().post("/lots/{lotId}/serials", lotId);
    }
}
