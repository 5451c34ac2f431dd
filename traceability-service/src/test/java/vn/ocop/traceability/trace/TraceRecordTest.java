package vn.ocop.traceability.trace;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.CertificateData;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.support.ResolverTestResource;
import vn.ocop.traceability.support.TestData;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.publish;
import static vn.ocop.traceability.support.TestData.aCertificate;
import static vn.ocop.traceability.support.TestData.aProduct;
import static vn.ocop.traceability.support.TraceRecords.awaitRecord;

@QuarkusTest
class TraceRecordTest {

    @Test
    void shouldShowFourValidStarsWhenCertificateIsIssued() {
        ProductData product = aProduct().named("Cao ngựa bạch Trường Nguyên").build();
        CertificateData certificate = aCertificate().forProduct(product).withStars(4).build();

        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product),
                event(EventTypes.CERTIFICATE_ISSUED, product.productId(), certificate));

        JsonPath record = awaitRecord(product.productId(), r -> Integer.valueOf(4).equals(r.get("stars")));
        assertThat(record.getString("name")).isEqualTo("Cao ngựa bạch Trường Nguyên");
        assertThat(record.getString("groupCode")).isEqualTo("HERBAL");
        assertThat(record.getString("certificate.status")).isEqualTo("VALID");
        assertThat(record.getString("certificate.number")).isEqualTo(certificate.number());
        assertThat(record.getString("certificate.issuingAuthority")).isEqualTo("UBND tỉnh Thái Nguyên");
        assertThat(record.getString("producer.name")).isEqualTo(product.producer().name());
        assertThat(record.getString("location.communeName")).isEqualTo("Phú Bình");
        assertThat(record.getString("location.provinceName")).isEqualTo("Thái Nguyên");
        assertThat(record.getString("digitalLink"))
                .isEqualTo(ResolverTestResource.BASE_URL + "/p/" + product.productId());
        assertThat(record.getString("qr.png")).endsWith("/products/" + product.productId() + "/qr?format=png");
        assertThat(record.getString("qr.svg")).endsWith("/products/" + product.productId() + "/qr?format=svg");
    }

    @Test
    void shouldShowRevokedWhenCertificateIsRevoked() {
        ProductData product = aProduct().build();
        TestData.CertificateBuilder certificate = aCertificate().forProduct(product).withStars(4);
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product),
                event(EventTypes.CERTIFICATE_ISSUED, product.productId(), certificate.build()));
        awaitRecord(product.productId(), r -> Integer.valueOf(4).equals(r.get("stars")));

        publish(event(EventTypes.CERTIFICATE_REVOKED, product.productId(),
                certificate.revokedFor("Vi phạm an toàn thực phẩm").build()));

        JsonPath record = awaitRecord(product.productId(), r -> "REVOKED".equals(r.get("certificate.status")));
        assertThat(record.getObject("stars", Integer.class)).isNull();
        assertThat(record.getInt("certificate.stars")).isEqualTo(4);
        assertThat(record.getString("certificate.revocationReason")).isEqualTo("Vi phạm an toàn thực phẩm");
        assertThat(record.getString("certificate.revokedAt")).isNotNull();
    }

    @Test
    void shouldShowExpiredWhenValidUntilIsInThePast() {
        ProductData product = aProduct().build();
        CertificateData lapsed = aCertificate().forProduct(product).withStars(3)
                .decidedOn(LocalDate.now().minusYears(4)).validUntil(LocalDate.now().minusMonths(12)).build();

        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product),
                event(EventTypes.CERTIFICATE_ISSUED, product.productId(), lapsed));

        JsonPath record = awaitRecord(product.productId(), r -> r.get("certificate") != null);
        assertThat(record.getString("certificate.status")).isEqualTo("EXPIRED");
        assertThat(record.getObject("stars", Integer.class)).isNull();
    }

    @Test
    void shouldShowExpiredOnceTheRegistryExpiresTheCertificateWhateverThisServiceClockSays() {
        ProductData product = aProduct().build();
        TestData.CertificateBuilder certificate = aCertificate().forProduct(product).withStars(4)
                .decidedOn(LocalDate.now().minusMonths(35)).validUntil(LocalDate.now().plusDays(20));
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product),
                event(EventTypes.CERTIFICATE_ISSUED, product.productId(), certificate.build()));
        awaitRecord(product.productId(), r -> Integer.valueOf(4).equals(r.get("stars")));

        publish(event(EventTypes.CERTIFICATE_EXPIRED, product.productId(), certificate.expiredByRegistry().build()));

        JsonPath record = awaitRecord(product.productId(), r -> "EXPIRED".equals(r.get("certificate.status")));
        assertThat(record.getObject("stars", Integer.class)).isNull();
        assertThat(record.getInt("certificate.stars")).isEqualTo(4);
        assertThat(record.getString("certificate.validUntil")).isEqualTo(LocalDate.now().plusDays(20).toString());
    }

    @Test
    void shouldFlagExpiringSoonButStillShowStarsWithinThirtyDaysOfExpiry() {
        ProductData product = aProduct().build();
        CertificateData ending = aCertificate().forProduct(product).withStars(3)
                .decidedOn(LocalDate.now().minusMonths(35)).validUntil(LocalDate.now().plusDays(10)).build();

        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product),
                event(EventTypes.CERTIFICATE_ISSUED, product.productId(), ending));

        JsonPath record = awaitRecord(product.productId(), r -> r.get("certificate") != null);
        assertThat(record.getString("certificate.status")).isEqualTo("EXPIRING_SOON");
        assertThat(record.getInt("stars")).isEqualTo(3);
    }

    @Test
    void shouldPreferTheValidCertificateOverANewerRevokedOne() {
        ProductData product = aProduct().build();
        CertificateData valid = aCertificate().forProduct(product).withStars(3)
                .decidedOn(LocalDate.now().minusMonths(6)).build();
        CertificateData revoked = aCertificate().forProduct(product).withStars(4)
                .decidedOn(LocalDate.now().minusDays(2)).revokedFor("Sai phạm hồ sơ").build();

        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product),
                event(EventTypes.CERTIFICATE_ISSUED, product.productId(), valid),
                event(EventTypes.CERTIFICATE_REVOKED, product.productId(), revoked));

        JsonPath record = awaitRecord(product.productId(), r -> Integer.valueOf(3).equals(r.get("stars")));
        assertThat(record.getString("certificate.id")).isEqualTo(valid.certificateId().toString());
    }

    @Test
    void shouldShowNoCertificateForAProductNotYetCertified() {
        ProductData product = aProduct().build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product));

        JsonPath record = awaitRecord(product.productId(), r -> true);
        assertThat(record.getObject("certificate", Object.class)).isNull();
        assertThat(record.getObject("stars", Integer.class)).isNull();
    }

    @Test
    void shouldAnswerNotFoundProblemForAnUnknownProduct() {
        given().accept(ContentType.JSON)
                .when().get("/products/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"));
    }

    @Test
    void shouldAnswerClientErrorForAMalformedProductId() {
        int status = given().accept(ContentType.JSON).when().get("/products/not-a-uuid").then().extract().statusCode();
        assertThat(status).isBetween(400, 499);
        given().accept(ContentType.JSON).when().get("/no/such/path").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
