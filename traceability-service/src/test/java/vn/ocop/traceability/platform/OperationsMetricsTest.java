package vn.ocop.traceability.platform;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProductData;
import vn.ocop.infra.test.ObservabilityConfig;
import vn.ocop.traceability.serial.SerialVerifier;
import vn.ocop.traceability.serial.SerialVerifier.ScanContext;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.publish;
import static vn.ocop.traceability.support.TestData.aProduct;
import static vn.ocop.traceability.support.TraceRecords.awaitRecord;

/** The traceability dashboard and alert rules only name metrics the service exposes, so they never drift silently. */
@QuarkusTest
class OperationsMetricsTest {

    @Inject
    SerialVerifier verifier;

    @Test
    void shouldExposeEveryMetricNamedInTheDashboardAndAlertRules() throws Exception {
        Set<String> named = ObservabilityConfig.metricNames("traceability-service");
        assertThat(named).contains("kafka_consumer_fetch_manager_records_lag", "ocop_dlq_messages",
                "ocop_scan_verdicts_total", "ocop_intake_events_total", "http_server_requests_seconds_count");

        ProductData product = aProduct().build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product));
        awaitRecord(product.productId(), r -> true, Duration.ofSeconds(30));
        double unknownBefore = metric("ocop_scan_verdicts_total{verdict=\"unknown_serial\"");
        verifier.scan(product.productId(), null, "ZZZZ9999ZZ", new ScanContext(OffsetDateTime.now(), null, null,
                "metrics-test"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(exposed()).containsAll(named));
        assertThat(metric("ocop_scan_verdicts_total{verdict=\"unknown_serial\"")).isEqualTo(unknownBefore + 1);
    }

    private static double metric(String series) {
        return Arrays.stream(given().get("/q/metrics").then().extract().asString().split("\n"))
                .filter(line -> line.startsWith(series)).mapToDouble(l -> Double.parseDouble(
                        l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }

    private static Set<String> exposed() {
        return Arrays.stream(given().get("/q/metrics").then().statusCode(200).extract().asString().split("\n"))
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
    }
}
