package vn.ocop.registry.certificate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.registry.certificate.service.CertificateService;
import vn.ocop.registry.product.service.ProductService;
import vn.ocop.registry.support.RegistryEvents;
import vn.ocop.registry.support.RegistryEvents.Seen;
import vn.ocop.registry.support.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/**
 * Issuing on a ranking decision: numbering per province and year, renewal, upgrade and downgrade of a valid
 * certificate, and the end of certification below 3★. The ranking (dossier feature) calls the service in its own
 * transaction, so these tests do the same and check the outcome through the public API and Kafka.
 */
@QuarkusTest
class CertificateRankingTest {

    private static final String AUTHORITY = "UBND tỉnh Thái Nguyên";
    private static final String HA_NOI_BA_DINH = "00004";

    @Inject
    CertificateService certificates;
    @Inject
    ProductService products;

    @Test
    void shouldIssueNumberedCertificateValidFor36MonthsOnFirstRanking() {
        UUID product = aProduct(aProducer().create()).create();
        UUID dossier = UUID.randomUUID();
        LocalDate today = certificates.today();

        UUID certificate = rank(product, 4, dossier, today);

        given().get("/certificates/" + certificate).then().statusCode(200)
                .body("number", org.hamcrest.Matchers.matchesPattern("OCOP-19-" + today.getYear() + "-\\d{5}"))
                .body("stars", is(4)).body("status", equalTo("VALID")).body("dossierId", equalTo(dossier.toString()))
                .body("decisionDate", equalTo(today.toString()))
                .body("validUntil", equalTo(today.plusMonths(36).toString()));
        given().get("/products/" + product).then().body("stars", is(4))
                .body("certificate.id", equalTo(certificate.toString()));
        Seen issued = lastCertificateEvent(product, EventTypes.CERTIFICATE_ISSUED);
        assertThat(issued.event().at("/data/certificateId").asText()).isEqualTo(certificate.toString());
        assertThat(issued.event().at("/data/stars").asInt()).isEqualTo(4);
        assertThat(issued.event().at("/data/previousStars").isNull()).isTrue();
    }

    @Test
    void shouldNumberSequentiallyWithinEachProvinceAndYear() {
        LocalDate today = certificates.today();
        UUID thaiNguyen = aProducer().create();
        UUID haNoi = aProducer().inCommune(HA_NOI_BA_DINH).create();

        int first = sequenceOf(rank(aProduct(thaiNguyen).create(), 3, UUID.randomUUID(), today));
        String haNoiNumber = numberOf(rank(aProduct(haNoi).create(), 4, UUID.randomUUID(), today));
        String lastYear = numberOf(rank(aProduct(thaiNguyen).create(), 3, UUID.randomUUID(), today.minusYears(1)));
        String second = numberOf(rank(aProduct(thaiNguyen).create(), 5, UUID.randomUUID(), today));

        assertThat(haNoiNumber).matches("OCOP-01-" + today.getYear() + "-\\d{5}");
        assertThat(lastYear).matches("OCOP-19-" + today.minusYears(1).getYear() + "-\\d{5}");
        assertThat(second).isEqualTo(String.format("OCOP-19-%d-%05d", today.getYear(), first + 1));
    }

    @Test
    void shouldGiveConcurrentRankingsOfOneProvinceDistinctConsecutiveNumbers() throws Exception {
        LocalDate decided = certificates.today().minusYears(2);
        UUID producer = aProducer().create();
        List<UUID> ranked = IntStream.range(0, 8).mapToObj(i -> aProduct(producer).create()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<UUID>> issued = new ArrayList<>();
        try {
            for (UUID product : ranked) {
                issued.add(pool.submit(() -> rank(product, 3, UUID.randomUUID(), decided)));
            }
            List<Integer> sequences = new ArrayList<>();
            for (Future<UUID> certificate : issued) {
                sequences.add(sequenceOf(certificate.get()));
            }
            int lowest = sequences.stream().min(Integer::compare).orElseThrow();
            assertThat(sequences).containsExactlyInAnyOrderElementsOf(
                    IntStream.range(lowest, lowest + 8).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRenewWithSameStarsAndSupersedeTheValidCertificate() {
        UUID product = aProduct(aProducer().create()).create();
        UUID old = aCertificate(product).stars(4).decidedOn(certificates.today().minusMonths(35)).record();

        UUID renewed = rank(product, 4, UUID.randomUUID(), certificates.today());

        given().get("/certificates/" + old).then().body("status", equalTo("SUPERSEDED"))
                .body("supersededBy", equalTo(renewed.toString()));
        given().get("/products/" + product).then().body("stars", is(4))
                .body("certificate.id", equalTo(renewed.toString()));
        Seen event = lastCertificateEvent(product, EventTypes.CERTIFICATE_RENEWED);
        assertThat(event.event().at("/data/certificateId").asText()).isEqualTo(renewed.toString());
        assertThat(event.event().at("/data/stars").asInt()).isEqualTo(4);
        assertThat(event.event().at("/data/previousStars").asInt()).isEqualTo(4);
    }

    @Test
    void shouldUpgradeAndLeaveTheOldStarsOutOfSearch() {
        UUID product = aProduct(aProducer().named("Chè Tân Cương nâng hạng " + UUID.randomUUID()).create())
                .named("Chè búp Tân Cương " + UUID.randomUUID()).create();
        String name = given().get("/products/" + product).then().extract().path("name");
        rank(product, 3, UUID.randomUUID(), certificates.today().minusYears(2));

        UUID upgraded = rank(product, 4, UUID.randomUUID(), certificates.today());

        given().get("/products/" + product).then().body("stars", is(4))
                .body("certificate.id", equalTo(upgraded.toString()));
        given().queryParam("q", name).queryParam("stars", 3).get("/products").then().body("total", is(0));
        given().queryParam("q", name).queryParam("stars", 4).get("/products").then().body("total", is(1));
        Seen event = lastCertificateEvent(product, EventTypes.CERTIFICATE_UPGRADED);
        assertThat(event.event().at("/data/stars").asInt()).isEqualTo(4);
        assertThat(event.event().at("/data/previousStars").asInt()).isEqualTo(3);
    }

    @Test
    void shouldDowngradeToFewerCertifiedStars() {
        UUID product = aProduct(aProducer().create()).create();
        UUID old = rank(product, 4, UUID.randomUUID(), certificates.today().minusYears(3).plusDays(10));

        UUID downgraded = rank(product, 3, UUID.randomUUID(), certificates.today());

        given().get("/certificates/" + old).then().body("status", equalTo("SUPERSEDED"));
        given().get("/products/" + product).then().body("stars", is(3))
                .body("certificate.id", equalTo(downgraded.toString()));
        Seen event = lastCertificateEvent(product, EventTypes.CERTIFICATE_DOWNGRADED);
        assertThat(event.event().at("/data/certificateId").asText()).isEqualTo(downgraded.toString());
        assertThat(event.event().at("/data/stars").asInt()).isEqualTo(3);
        assertThat(event.event().at("/data/previousStars").asInt()).isEqualTo(4);
    }

    @Test
    void shouldEndCertificationWhenReRankedBelowThreeStars() {
        UUID product = aProduct(aProducer().create()).create();
        UUID old = aCertificate(product).stars(4).decidedOn(certificates.today().minusYears(1)).record();

        UUID none = rank(product, 2, UUID.randomUUID(), certificates.today());

        assertThat(none).isNull();
        given().get("/certificates/" + old).then().body("status", equalTo("REVOKED"))
                .body("revocationReason", equalTo("Hạ xuống 2★ khi đánh giá lại"));
        given().get("/products/" + product).then().body("stars", nullValue())
                .body("certificate.id", equalTo(old.toString())).body("certificate.status", equalTo("REVOKED"));
        given().get("/products/" + product + "/certificates").then().body("size()", is(1));
        Seen event = lastCertificateEvent(product, EventTypes.CERTIFICATE_DOWNGRADED);
        assertThat(event.event().at("/data/certificateId").asText()).isEqualTo(old.toString());
        assertThat(event.event().at("/data/stars").asInt()).isEqualTo(2);
        assertThat(event.event().at("/data/previousStars").asInt()).isEqualTo(4);
        assertThat(event.event().at("/data/status").asText()).isEqualTo("REVOKED");
    }

    @Test
    void shouldDoNothingWhenAnUncertifiedProductRanksBelowThreeStars() {
        UUID producer = aProducer().create();
        UUID product = aProduct(producer).create();

        assertThat(rank(product, 2, UUID.randomUUID(), certificates.today())).isNull();

        given().get("/products/" + product + "/certificates").then().body("size()", is(0));
        // a later event of the same product: once it is on the topic, anything written before it is too
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(aProduct(producer).named("Sản phẩm đổi tên " + product).body).put("/products/" + product)
                .then().statusCode(200);
        try (RegistryEvents events = new RegistryEvents()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> events.about(product, Duration.ofMillis(200)).stream()
                    .anyMatch(s -> s.type().equals(EventTypes.PRODUCT_UPDATED)));
            assertThat(events.about(product, Duration.ZERO)).extracting(Seen::type)
                    .containsExactly(EventTypes.PRODUCT_REGISTERED, EventTypes.PRODUCT_UPDATED);
        }
    }

    /** Ranks the product as the dossier feature does: inside a transaction of its own; the new certificate's id. */
    private UUID rank(UUID product, int stars, UUID dossier, LocalDate decided) {
        Certificate issued = QuarkusTransaction.requiringNew().call(() ->
                certificates.issueOnRanking(products.get(product), stars, AUTHORITY, dossier, decided));
        return issued == null ? null : issued.id;
    }

    private static String numberOf(UUID certificate) {
        return given().get("/certificates/" + certificate).then().statusCode(200).extract().path("number");
    }

    private static int sequenceOf(UUID certificate) {
        String number = numberOf(certificate);
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }

    /** Waits for the product's last certificate event and checks its type. */
    private static Seen lastCertificateEvent(UUID product, String expectedType) {
        try (RegistryEvents events = new RegistryEvents()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> events.about(product, Duration.ofMillis(200)).stream()
                    .anyMatch(s -> s.type().equals(expectedType)));
            List<Seen> certificateEvents = events.about(product, Duration.ofMillis(300)).stream()
                    .filter(s -> EventTypes.isCertificateEvent(s.type())).toList();
            Seen last = certificateEvents.get(certificateEvents.size() - 1);
            assertThat(last.type()).isEqualTo(expectedType);
            return last;
        }
    }
}
