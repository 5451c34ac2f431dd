package vn.ocop.traceability.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.ocop.contract.CertificateData;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProductData;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.Predicate;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.publish;
import static vn.ocop.traceability.support.TestData.aCertificate;
import static vn.ocop.traceability.support.TestData.aGtin13;
import static vn.ocop.traceability.support.TestData.aProduct;
import static org.awaitility.Awaitility.await;

/** Sets up value-chain stories through the public API: certified products, growing areas, lots. */
public final class ValueChain {

    private ValueChain() {
    }

    /** A product with a fresh GTIN, registered with a valid certificate of {@code stars}, once the record shows it. */
    public static ProductData aCertifiedProduct(String name, int stars) {
        ProductData product = aProduct().named(name).withGtin(aGtin13()).build();
        CertificateData certificate = aCertificate().forProduct(product).withStars(stars).build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product),
                event(EventTypes.CERTIFICATE_ISSUED, product.productId(), certificate));
        awaitProjection(product, r -> Integer.valueOf(stars).equals(r.get("stars")));
        return product;
    }

    /** A registered product whose only certificate expired last year. */
    public static ProductData aProductWithExpiredCertificate() {
        ProductData product = aProduct().withGtin(aGtin13()).build();
        CertificateData lapsed = aCertificate().forProduct(product).withStars(3)
                .decidedOn(LocalDate.now().minusYears(4)).validUntil(LocalDate.now().minusYears(1)).build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product),
                event(EventTypes.CERTIFICATE_ISSUED, product.productId(), lapsed));
        awaitProjection(product, r -> "EXPIRED".equals(r.get("certificate.status")));
        return product;
    }

    /** Waits for the registry events to be projected; generous, as the first test of a JVM warms the consumer up. */
    public static void awaitProjection(ProductData product, Predicate<JsonPath> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().accept(ContentType.JSON).get("/products/{id}", product.productId());
            return response.statusCode() == 200 && condition.test(response.jsonPath());
        });
    }

    /** A growing-area request body with the facts of a white-horse pasture in Phú Bình; change what the test needs. */
    public static Map<String, Object> anArea() {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("name", "Bãi chăn thả ngựa bạch xóm Phẩm");
        area.put("communeCode", "05908");
        area.put("latitude", new BigDecimal("21.612300"));
        area.put("longitude", new BigDecimal("105.972100"));
        area.put("areaHectares", new BigDecimal("12.5"));
        area.put("subject", "Ngựa bạch");
        area.put("subjectKind", "ANIMAL");
        return area;
    }

    public static JsonPath registerArea(ProductData product, Map<String, Object> area) {
        return given().auth().oauth2(Tokens.producer(product.producer().producerId()))
                .contentType(ContentType.JSON).body(area)
                .when().post("/growing-areas")
                .then().statusCode(201).extract().jsonPath();
    }

    /** A lot request body: code, today's production, 500 boxes. */
    public static Map<String, Object> aLot(String lotCode) {
        Map<String, Object> lot = new LinkedHashMap<>();
        lot.put("lotCode", lotCode);
        lot.put("productionDate", LocalDate.now().toString());
        lot.put("expiryDate", LocalDate.now().plusYears(2).toString());
        lot.put("quantity", 500);
        lot.put("unit", "hộp");
        return lot;
    }

    /** Opens a lot as the product's producer and returns its view. */
    public static JsonPath openLot(ProductData product, Map<String, Object> lot) {
        return given().auth().oauth2(Tokens.producer(product.producer().producerId()))
                .contentType(ContentType.JSON).body(lot)
                .when().post("/products/{id}/lots", product.productId())
                .then().statusCode(201).extract().jsonPath();
    }

    /** A random lot code of the GS1 character set. */
    public static String aLotCode() {
        return "L" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The producer grants organisation {@code org} on the lot in {@code chainRole}; returns the grant. */
    public static JsonPath grantOnLot(ProductData product, String lotId, String org, String chainRole) {
        return given().auth().oauth2(Tokens.producer(product.producer().producerId()))
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", org, "organisationName", "Org " + org, "chainRole", chainRole))
                .when().post("/lots/{id}/grants", lotId)
                .then().statusCode(201).extract().jsonPath();
    }

    /** The producer grants organisation {@code org} on every lot of the product in {@code chainRole}. */
    public static JsonPath grantOnProduct(ProductData product, String org, String chainRole) {
        return given().auth().oauth2(Tokens.producer(product.producer().producerId()))
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", org, "organisationName", "Org " + org, "chainRole", chainRole))
                .when().post("/products/{id}/grants", product.productId())
                .then().statusCode(201).extract().jsonPath();
    }

    /** Records a step with a simple form and returns the recorded event. */
    public static JsonPath recordStep(String token, String lotId, String step, Map<String, Object> form) {
        var response = given().auth().oauth2(token).contentType(ContentType.JSON).body(form)
                .when().post("/lots/{id}/events/{step}", lotId, step);
        assertThat(response.statusCode()).as("%s: %s", step, response.asString()).isEqualTo(201);
        return response.jsonPath();
    }
}
