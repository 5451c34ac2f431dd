package vn.ocop.systemtests;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.Gtin;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.systemtests.RegistryActions.recordCertificate;
import static vn.ocop.systemtests.RegistryActions.registerProducer;
import static vn.ocop.systemtests.RegistryActions.registerProduct;
import static vn.ocop.systemtests.SystemUnderTest.registryAsAdmin;
import static vn.ocop.systemtests.SystemUnderTest.traceability;
import static vn.ocop.systemtests.TestData.aCertificate;
import static vn.ocop.systemtests.TestData.aFreshGtin;
import static vn.ocop.systemtests.TestData.aProducer;
import static vn.ocop.systemtests.TestData.aProduct;

/**
 * The daily expiry run across both services, with the registry's clock moved forward (the stack runs with
 * {@code ocop.clock.adjustable}): one reminder before expiry, then the lapse, and the scan page follows.
 */
class CertificateExpiryTest {

    @Test
    void shouldRemindOnceThenExpireAndTheScanShowsExpired() {
        String gtin = aFreshGtin();
        String product = registerProduct(aProduct(registerProducer(aProducer().inCommune("05908"))).withGtin(gtin))
                .getString("id");
        LocalDate today = LocalDate.now();
        String certificate = recordCertificate(aCertificate(product).decidedOn(today.minusMonths(36).plusDays(1))
                .validUntil(today.plusDays(1))).getString("id");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(scan(gtin).getString("certificate.status")).isIn("VALID", "EXPIRING_SOON"));
        try {
            JsonPath first = run();
            assertThat(first.getInt("reminded")).isGreaterThanOrEqualTo(1);
            registryAsAdmin().get("/certificates/{id}", certificate).then().statusCode(200)
                    .body("reminderSentAt", org.hamcrest.Matchers.notNullValue());
            String remindedAt = registryAsAdmin().get("/certificates/{id}", certificate).then().extract()
                    .path("reminderSentAt");
            run();
            assertThat(registryAsAdmin().get("/certificates/{id}", certificate).then().extract()
                    .<String>path("reminderSentAt")).as("reminded once").isEqualTo(remindedAt);

            registryAsAdmin().body(Map.of("offset", "P2D")).put("/admin/clock").then().statusCode(200);
            assertThat(run().getInt("expired")).isGreaterThanOrEqualTo(1);
            registryAsAdmin().get("/certificates/{id}", certificate).then().body("status",
                    org.hamcrest.Matchers.equalTo("EXPIRED"));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonPath scan = scan(gtin);
                assertThat(scan.getString("certificate.status")).isEqualTo("EXPIRED");
                assertThat(scan.getString("stars")).isNull();
            });
            assertThat(traceability().accept("text/html").get("/01/{gtin}", Gtin.toGtin14(gtin).orElseThrow())
                    .then().statusCode(200).extract().asString()).contains("ĐÃ HẾT HẠN");
        } finally {
            registryAsAdmin().delete("/admin/clock").then().statusCode(org.hamcrest.Matchers.lessThan(300));
        }
    }

    private static JsonPath run() {
        return registryAsAdmin().post("/certificates/expiry-runs").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath scan(String gtin) {
        return traceability().accept("application/json").get("/01/{gtin}", Gtin.toGtin14(gtin).orElseThrow())
                .then().statusCode(200).extract().jsonPath();
    }
}
