package vn.ocop.traceability.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProductData;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.publish;
import static vn.ocop.traceability.support.TestData.aProduct;
import static vn.ocop.traceability.support.TraceRecords.awaitRecord;

@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void shouldBeReadyWithDatabaseAndKafka() {
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
        given().when().get("/q/health/ready").then()
                .body("checks.name", hasItems("Database connections health check",
                        "Kafka connection health check", "SmallRye Reactive Messaging - readiness check"));
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void shouldExposeIntakeCountersAndKafkaConsumerMetrics() {
        ProductData product = aProduct().build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product));
        awaitRecord(product.productId(), r -> true);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("ocop_intake_events_total{outcome=\"applied\"")
                .contains("ocop_intake_events_total{outcome=\"dead_lettered\"");
        // Micrometer binds a Kafka client's metrics when they first appear and looks for new ones once a minute: after
        // the consumer was recreated (a rebalance or another test's restart), the lag gauge comes back on that look
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(given().when().get("/q/metrics").then().statusCode(200).extract().asString())
                        .contains("kafka_consumer_fetch_manager_records_lag"));
    }
}
