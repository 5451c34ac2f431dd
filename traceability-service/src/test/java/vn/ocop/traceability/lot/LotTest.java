package vn.ocop.traceability.lot;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.support.Tokens;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.publish;
import static vn.ocop.traceability.support.TestData.aGtin13;
import static vn.ocop.traceability.support.TestData.aProduct;
import static vn.ocop.traceability.support.ValueChain.aCertifiedProduct;
import static vn.ocop.traceability.support.ValueChain.aLot;
import static vn.ocop.traceability.support.ValueChain.aLotCode;
import static vn.ocop.traceability.support.ValueChain.aProductWithExpiredCertificate;
import static vn.ocop.traceability.support.ValueChain.anArea;
import static vn.ocop.traceability.support.ValueChain.awaitProjection;
import static vn.ocop.traceability.support.ValueChain.openLot;
import static vn.ocop.traceability.support.ValueChain.registerArea;

@QuarkusTest
class LotTest {

    @Test
    void shouldOpenALotOfACertifiedProductWithItsDigitalLink() {
        ProductData product = aCertifiedProduct("Cao ngựa bạch Trường Nguyên", 4);
        Map<String, Object> request = aLot("CNB/2025-11%1");
        request.put("growingAreaId", registerArea(product, anArea()).getString("id"));

        JsonPath lot = openLot(product, request);

        assertThat(lot.getString("digitalLink")).isEqualTo("https://id.ocop.test/01/0" + product.gtin()
                + "/10/CNB%2F2025-11%251");
        assertThat(lot.getString("unit")).isEqualTo("hộp");
        assertThat(lot.getInt("eventCount")).isZero();
        given().when().get("/lots/{id}", lot.getString("id")).then().statusCode(200);
        JsonPath list = given().when().get("/products/{id}/lots", product.productId())
                .then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.lotCode")).containsExactly("CNB/2025-11%1");
    }

    @Test
    void shouldRejectASecondLotWithTheSameCode() {
        ProductData product = aCertifiedProduct("Chè Tân Cương đặc biệt", 4);
        String code = aLotCode();
        openLot(product, aLot(code));

        Response again = post(Tokens.producer(product.producer().producerId()), product, aLot(code));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.jsonPath().getList("errors.field")).containsExactly("lotCode");
    }

    @Test
    void shouldRefuseLotsOfProductsWithoutAValidCertificate() {
        ProductData expired = aProductWithExpiredCertificate();
        ProductData uncertified = aProduct().withGtin(aGtin13()).build();
        publish(event(EventTypes.PRODUCT_REGISTERED, uncertified.productId(), uncertified));
        awaitProjection(uncertified, r -> true);

        for (ProductData product : new ProductData[] {expired, uncertified}) {
            Response response = post(Tokens.producer(product.producer().producerId()), product, aLot(aLotCode()));
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(422);
            assertThat(response.jsonPath().getString("type")).endsWith("/product-not-certified");
        }
    }

    @Test
    void shouldLetOnlyTheProducerOrAnAdminOpenLots() {
        ProductData product = aCertifiedProduct("Miến dong Bình Liêu", 3);

        assertThat(given().contentType(ContentType.JSON).body(aLot(aLotCode()))
                .post("/products/{id}/lots", product.productId()).statusCode()).isEqualTo(401);
        assertThat(post(Tokens.producer(UUID.randomUUID()), product, aLot(aLotCode())).statusCode())
                .isEqualTo(403);
        assertThat(post(Tokens.partner("retailer-1", "Siêu thị"), product, aLot(aLotCode())).statusCode())
                .isEqualTo(403);
        assertThat(post(Tokens.admin(), product, aLot(aLotCode())).statusCode()).isEqualTo(201);
    }

    @Test
    void shouldValidateTheLotFields() {
        ProductData product = aCertifiedProduct("Gạo nếp cái hoa vàng Kim Sơn", 3);
        String token = Tokens.producer(product.producer().producerId());
        Map<String, Object> bad = aLot("LÔ 1");
        bad.put("quantity", 0);
        bad.put("unit", "");

        Response response = post(token, product, bad);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getList("errors.field")).containsExactlyInAnyOrder("lotCode", "quantity",
                "unit");

        Map<String, Object> backwards = aLot(aLotCode());
        backwards.put("expiryDate", LocalDate.now().minusDays(1).toString());
        assertThat(post(token, product, backwards).jsonPath().getList("errors.field")).containsExactly("expiryDate");

        ProductData other = aCertifiedProduct("Nấm hương Bắc Hà", 4);
        Map<String, Object> foreignArea = aLot(aLotCode());
        foreignArea.put("growingAreaId", registerArea(other, anArea()).getString("id"));
        assertThat(post(token, product, foreignArea).statusCode()).isEqualTo(422);
    }

    private static Response post(String token, ProductData product, Map<String, Object> lot) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(lot)
                .when().post("/products/{id}/lots", product.productId());
    }
}
