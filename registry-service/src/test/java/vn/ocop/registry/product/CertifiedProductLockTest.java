package vn.ocop.registry.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Fixtures;
import vn.ocop.registry.support.Fixtures.ProductBuilder;
import vn.ocop.registry.support.Tokens;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/**
 * Attack: a producer renames its certified 4★ product (or changes its GTIN, group or producer) and the stars follow
 * the new name. Refused: while a certificate is valid the facts it vouches for are frozen (409
 * certified-product-locked naming the certificate); the description may still change, and after revocation the name
 * may too.
 */
@QuarkusTest
class CertifiedProductLockTest {

    private record Certified(UUID producer, UUID product, UUID certificate, String number, String name, String gtin) {
    }

    @Test
    void shouldRefuseRenamingACertifiedProductNamingTheCertificate() {
        Certified c = certified();
        put(c, same(c).named("Một sản phẩm khác hẳn"), Tokens.producer(c.producer()))
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://ocop.gov.vn/problems/certified-product-locked"))
                .body("detail", containsString(c.number())).body("detail", containsString(c.certificate().toString()))
                .body("errors.field", hasItem("name"));
        given().get("/products/" + c.product()).then().body("name", equalTo(c.name()));
    }

    @Test
    void shouldRefuseChangingGtinGroupOrProducerOfACertifiedProduct() {
        Certified c = certified();
        put(c, same(c).withGtin(Fixtures.aGtin13()), Tokens.admin()).statusCode(409)
                .body("errors.field", hasItem("gtin"));
        put(c, same(c).inGroup("BEVERAGE"), Tokens.admin()).statusCode(409)
                .body("errors.field", hasItem("groupCode"));
        ProductBuilder moved = same(c);
        moved.body.put("producerId", aProducer().create().toString());
        put(c, moved, Tokens.admin()).statusCode(409).body("errors.field", hasItem("producerId"));
        given().get("/products/" + c.product()).then().body("gtin", equalTo(c.gtin()))
                .body("groupCode", equalTo("FOOD")).body("producerId", equalTo(c.producer().toString()));
    }

    @Test
    void shouldStillAcceptADescriptionChangeOfACertifiedProduct() {
        Certified c = certified();
        ProductBuilder described = same(c);
        described.body.put("description", "Đóng hộp 500 g, bao bì mới");
        put(c, described, Tokens.producer(c.producer())).statusCode(200)
                .body("description", equalTo("Đóng hộp 500 g, bao bì mới")).body("name", equalTo(c.name()));
    }

    @Test
    void shouldAcceptARenameOnceTheCertificateIsRevoked() {
        Certified c = certified();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Đổi tên sản phẩm")).post("/certificates/" + c.certificate() + "/revoke")
                .then().statusCode(200);
        put(c, same(c).named("Tên mới sau thu hồi"), Tokens.producer(c.producer())).statusCode(200)
                .body("name", equalTo("Tên mới sau thu hồi"));
    }

    private static Certified certified() {
        UUID producer = aProducer().create();
        String gtin = Fixtures.aGtin13();
        String name = "Cao ngựa bạch " + UUID.randomUUID().toString().substring(0, 8);
        UUID product = aProduct(producer).named(name).withGtin(gtin).create();
        UUID certificate = aCertificate(product).stars(4).record();
        String number = given().get("/certificates/" + certificate).then().extract().path("number");
        return new Certified(producer, product, certificate, number, name, "0" + gtin);
    }

    /** The product's current facts, to be changed one at a time. */
    private static ProductBuilder same(Certified c) {
        return aProduct(c.producer()).named(c.name()).withGtin(c.gtin()).inGroup("FOOD");
    }

    private static io.restassured.response.ValidatableResponse put(Certified c, ProductBuilder body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body.body)
                .put("/products/" + c.product()).then();
    }
}
