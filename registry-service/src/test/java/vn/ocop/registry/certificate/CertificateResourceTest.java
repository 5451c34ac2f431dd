package vn.ocop.registry.certificate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

@QuarkusTest
class CertificateResourceTest {

    @Test
    void shouldRecordFourStarCertificateValidFor36Months() {
        UUID product = aProduct(aProducer().create()).create();
        LocalDate decided = LocalDate.now().minusMonths(2);
        UUID certificate = aCertificate(product).stars(4).decidedOn(decided).record();
        given().get("/certificates/" + certificate).then().statusCode(200)
                .body("stars", is(4)).body("status", equalTo("VALID"))
                .body("validUntil", equalTo(decided.plusMonths(36).toString()));
        given().get("/products/" + product).then()
                .body("stars", is(4)).body("certificate.id", equalTo(certificate.toString()));
    }

    @Test
    void shouldShowExpiredCertificateWithoutStars() {
        UUID product = aProduct(aProducer().create()).create();
        aCertificate(product).stars(3).decidedOn(LocalDate.now().minusYears(4)).record();
        given().get("/products/" + product).then()
                .body("stars", nullValue()).body("certificate.status", equalTo("EXPIRED"));
    }

    @Test
    void shouldRevokeCertificateOnceWithReason() {
        UUID product = aProduct(aProducer().create()).create();
        UUID certificate = aCertificate(product).record();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Vi phạm an toàn thực phẩm")).post("/certificates/" + certificate + "/revoke")
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revokedAt", notNullValue())
                .body("revocationReason", equalTo("Vi phạm an toàn thực phẩm"));
        given().get("/products/" + product).then().body("stars", nullValue())
                .body("certificate.status", equalTo("REVOKED"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "again")).post("/certificates/" + certificate + "/revoke")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldRequireReasonToRevoke() {
        UUID certificate = aCertificate(aProduct(aProducer().create()).create()).record();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/certificates/" + certificate + "/revoke")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void shouldRefuseStarsBelowThreeAndFutureDecisions() {
        UUID product = aProduct(aProducer().create()).create();
        var twoStars = aCertificate(product).stars(2);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(twoStars.body).post("/certificates")
                .then().statusCode(400).body("errors[0].field", equalTo("stars"));
        var future = aCertificate(product).decidedOn(LocalDate.now().plusDays(3));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(future.body).post("/certificates")
                .then().statusCode(400).body("errors[0].field", equalTo("decisionDate"));
        var badDate = aCertificate(product);
        badDate.body.put("decisionDate", "15/06/2024");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(badDate.body).post("/certificates")
                .then().statusCode(400).body("errors[0].field", equalTo("decisionDate"));
        given().get("/products/" + product + "/certificates").then().body("size()", is(0));
    }

    @Test
    void shouldRefuseDuplicateCertificateNumber() {
        UUID product = aProduct(aProducer().create()).create();
        var first = aCertificate(product);
        first.record();
        var second = aCertificate(product);
        second.body.put("number", first.body.get("number"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(second.body).post("/certificates")
                .then().statusCode(409).body("errors[0].field", equalTo("number"));
    }

    @Test
    void shouldLetOnlyAdminsOfTheProvinceRecordCertificates() {
        UUID product = aProduct(aProducer().create()).create();
        given().auth().oauth2(Tokens.officer("05908")).contentType(ContentType.JSON)
                .body(aCertificate(product).body).post("/certificates").then().statusCode(403);
        given().auth().oauth2(Tokens.provinceAdmin("01")).contentType(ContentType.JSON)
                .body(aCertificate(product).body).post("/certificates").then().statusCode(403);
        given().auth().oauth2(Tokens.provinceAdmin("19")).contentType(ContentType.JSON)
                .body(aCertificate(product).body).post("/certificates").then().statusCode(201);
    }
}
