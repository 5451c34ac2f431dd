package vn.ocop.registry.certificate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.registry.support.RegistryClock;
import vn.ocop.registry.support.RegistryEvents;
import vn.ocop.registry.support.RegistryEvents.Seen;
import vn.ocop.registry.support.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/** The daily expiry run, started through its admin endpoint: reminders before expiry, and expiry itself. */
@QuarkusTest
class CertificateExpiryTest {

    @Test
    void shouldRemindTheProducerOnceOfACertificateLapsingWithin30Days() {
        LocalDate today = RegistryClock.today();
        UUID producer = aProducer().create();
        UUID product = aProduct(producer).create();
        UUID nearExpiry = aCertificate(product).decidedOn(today.minusMonths(36).plusDays(10)).record();
        UUID farFromExpiry = aCertificate(aProduct(producer).create()).decidedOn(today.minusMonths(6)).record();

        runExpiry().body("reminded", greaterThanOrEqualTo(1)).body("asOf", equalTo(today.toString()));
        String remindedAt = given().get("/certificates/" + nearExpiry).then().body("status", equalTo("VALID"))
                .body("reminderSentAt", notNullValue()).extract().path("reminderSentAt");
        given().get("/certificates/" + farFromExpiry).then().body("reminderSentAt", nullValue());

        runExpiry();
        given().get("/certificates/" + nearExpiry).then().body("reminderSentAt", equalTo(remindedAt));
        List<Seen> reminders = certificateEventsAfterAllWritten(producer, product).stream()
                .filter(s -> s.type().equals(EventTypes.CERTIFICATE_EXPIRING)).toList();
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).event().at("/data/certificateId").asText()).isEqualTo(nearExpiry.toString());
        assertThat(reminders.get(0).event().at("/data/status").asText()).isEqualTo("VALID");
    }

    @Test
    void shouldExpireCertificateOnceItsLastValidDayHasPassed() {
        LocalDate today = RegistryClock.today();
        UUID producer = aProducer().create();
        UUID product = aProduct(producer).create();
        UUID certificate = aCertificate(product).stars(4).decidedOn(today.minusMonths(36).plusDays(5)).record();
        LocalDate validUntil = LocalDate.parse(given().get("/certificates/" + certificate).then()
                .extract().path("validUntil"));

        try {
            assertThat(RegistryClock.move("P" + (validUntil.toEpochDay() - today.toEpochDay() + 1) + "D"))
                    .isEqualTo(validUntil.plusDays(1));
            runExpiry().body("expired", greaterThanOrEqualTo(1));
            given().get("/certificates/" + certificate).then().body("status", equalTo("EXPIRED"))
                    .body("expiredAt", notNullValue());
            runExpiry();
        } finally {
            RegistryClock.reset();
        }

        // back on the real day the certificate stays expired: the run recorded it
        given().get("/certificates/" + certificate).then().body("status", equalTo("EXPIRED"));
        given().get("/products/" + product).then().body("stars", nullValue())
                .body("certificate.status", equalTo("EXPIRED"));
        List<Seen> expired = certificateEventsAfterAllWritten(producer, product).stream()
                .filter(s -> s.type().equals(EventTypes.CERTIFICATE_EXPIRED)).toList();
        assertThat(expired).hasSize(1);
        assertThat(expired.get(0).event().at("/data/certificateId").asText()).isEqualTo(certificate.toString());
        assertThat(expired.get(0).event().at("/data/status").asText()).isEqualTo("EXPIRED");
    }

    @Test
    void shouldRemindEachCertificateOnceWhenRunsOverlap() {
        LocalDate today = RegistryClock.today();
        UUID producer = aProducer().create();
        List<UUID> products = IntStream.range(0, 6).mapToObj(i -> aProduct(producer).create()).toList();
        products.forEach(p -> aCertificate(p).decidedOn(today.minusMonths(36).plusDays(20)).record());

        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> runExpiry().extract().<Integer>path("reminded")));
        }
        int reminded = runs.stream().mapToInt(CompletableFuture::join).sum();

        assertThat(reminded).isGreaterThanOrEqualTo(products.size());
        for (UUID product : products) {
            assertThat(certificateEventsAfterAllWritten(producer, product))
                    .filteredOn(s -> s.type().equals(EventTypes.CERTIFICATE_EXPIRING)).hasSize(1);
        }
    }

    @Test
    void shouldLetOnlyAdminsRunTheExpiryJob() {
        given().auth().oauth2(Tokens.provinceAdmin("19")).post("/certificates/expiry-runs").then().statusCode(403)
                .contentType("application/problem+json");
        given().post("/certificates/expiry-runs").then().statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse runExpiry() {
        return given().auth().oauth2(Tokens.admin()).post("/certificates/expiry-runs").then().statusCode(200);
    }

    /**
     * The product's certificate events once everything written so far is on the topic: a product update is written
     * last, and events of one product keep their order.
     */
    private static List<Seen> certificateEventsAfterAllWritten(UUID producer, UUID product) {
        // the description, not the name: a certified product's name is frozen
        io.restassured.path.json.JsonPath current = given().get("/products/" + product).then().extract().jsonPath();
        var update = aProduct(producer).named(current.getString("name")).inGroup(current.getString("groupCode"));
        update.body.put("description", "Đã kiểm tra " + product);
        if (current.getString("gtin") != null) {
            update.withGtin(current.getString("gtin"));
        }
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(update.body).put("/products/" + product)
                .then().statusCode(200);
        try (RegistryEvents events = new RegistryEvents()) {
            await().atMost(Duration.ofSeconds(15)).until(() -> events.about(product, Duration.ofMillis(200)).stream()
                    .anyMatch(s -> s.type().equals(EventTypes.PRODUCT_UPDATED)));
            return events.about(product, Duration.ZERO).stream()
                    .filter(s -> EventTypes.isCertificateEvent(s.type())).toList();
        }
    }
}
