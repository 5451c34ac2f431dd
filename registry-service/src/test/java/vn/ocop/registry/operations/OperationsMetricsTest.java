package vn.ocop.registry.operations;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ocop.infra.test.ObservabilityConfig;
import vn.ocop.registry.support.Tokens;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/** The registry's dashboard and alert rules only name metrics the service exposes, so they never drift silently. */
@QuarkusTest
class OperationsMetricsTest {

    @Test
    void shouldExposeEveryMetricNamedInTheDashboardAndAlertRules() throws Exception {
        Set<String> named = ObservabilityConfig.metricNames("registry-service");
        assertThat(named).contains("ocop_outbox_oldest_pending_age_seconds", "ocop_webhooks_failing",
                "ocop_dlq_messages", "ocop_certificates_expiry_last_run", "ocop_imports_duration_seconds_bucket",
                "ocop_notifications_pending", "http_server_requests_seconds_count");

        aCertificate(aProduct(aProducer().create()).create()).stars(3).record();
        given().auth().oauth2(Tokens.admin()).post("/certificates/expiry-runs").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(exposed()).containsAll(named));
        assertThat(metric("ocop_certificates_expiry_last_run")).as("the expiry run recorded when it finished")
                .isGreaterThan(0);
    }

    private static Set<String> exposed() {
        return Arrays.stream(given().get("/q/metrics").then().statusCode(200).extract().asString().split("\n"))
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
    }

    private static double metric(String name) {
        return Arrays.stream(given().get("/q/metrics").then().extract().asString().split("\n"))
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }
}
