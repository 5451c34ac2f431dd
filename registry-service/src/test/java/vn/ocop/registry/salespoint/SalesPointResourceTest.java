package vn.ocop.registry.salespoint;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.ocop.registry.support.Fixtures.PHU_BINH;
import static vn.ocop.registry.support.Fixtures.THAI_NGUYEN;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/** Promotion and sales points and fairs through the API: scope, validation, search by product, versioned updates. */
@QuarkusTest
class SalesPointResourceTest {

    @Test
    void shouldRegisterAPointWithItsProductsAndFindItByProductAndName() {
        UUID product = aProduct(aProducer().inCommune(PHU_BINH).create()).create();
        String name = "Điểm giới thiệu và bán sản phẩm OCOP Úc Sơn " + UUID.randomUUID().toString().substring(0, 6);
        JsonPath point = register(Tokens.provinceAdmin(THAI_NGUYEN), body("POINT", name, List.of(product)))
                .statusCode(201).body("provinceName", equalTo("Thái Nguyên")).extract().jsonPath();
        String id = point.getString("id");
        assertThat(given().queryParam("productId", product.toString()).get("/sales-points").then().statusCode(200)
                .extract().<List<String>>path("items.id")).containsExactly(id);
        assertThat(given().queryParam("q", "diem gioi thieu va ban san pham ocop uc son").queryParam("size", 100)
                .get("/sales-points").then().extract().<List<String>>path("items.id")).contains(id);
        given().get("/sales-points/" + id).then().statusCode(200).body("productIds", equalTo(List.of(product.toString())));
    }

    @Test
    void shouldKeepAProvinceAdminToItsProvinceAndRequireDatesForAFair() {
        register(Tokens.provinceAdmin("01"), body("POINT", "Điểm bán ngoài tỉnh", List.of())).statusCode(403);
        register(Tokens.officer(PHU_BINH), body("POINT", "Điểm bán", List.of())).statusCode(403);
        given().contentType(ContentType.JSON).body(body("POINT", "Điểm bán", List.of())).post("/sales-points").then()
                .statusCode(401);
        Map<String, Object> fair = body("FAIR", "Hội chợ OCOP Thái Nguyên 2026", List.of(UUID.randomUUID()));
        register(Tokens.provinceAdmin(THAI_NGUYEN), fair).statusCode(400)
                .body("errors.field", hasItems("startsOn", "endsOn", "productIds[0]"));
        fair.put("productIds", List.of());
        fair.put("startsOn", "2026-12-10");
        fair.put("endsOn", "2026-12-08");
        register(Tokens.provinceAdmin(THAI_NGUYEN), fair).statusCode(400).body("errors[0].field", equalTo("endsOn"));
        fair.put("endsOn", "2026-12-14");
        register(Tokens.provinceAdmin(THAI_NGUYEN), fair).statusCode(201).body("kind", equalTo("FAIR"));
        Map<String, Object> far = body("POINT", "Tọa độ sai", List.of());
        far.put("latitude", 123.0);
        register(Tokens.admin(), far).statusCode(400).body("errors[0].field", equalTo("latitude"));
    }

    @Test
    void shouldRefuseAnUpdateOnAStaleVersion() {
        Map<String, Object> request = body("POINT", "Điểm bán Kha Sơn", List.of());
        String id = register(Tokens.provinceAdmin(THAI_NGUYEN), request).statusCode(201).extract().path("id");
        request.put("version", 0);
        request.put("operatorName", "Tổ hợp tác Kha Sơn");
        given().auth().oauth2(Tokens.provinceAdmin(THAI_NGUYEN)).contentType(ContentType.JSON).body(request)
                .put("/sales-points/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("operatorName", equalTo("Tổ hợp tác Kha Sơn"));
        given().auth().oauth2(Tokens.provinceAdmin(THAI_NGUYEN)).contentType(ContentType.JSON).body(request)
                .put("/sales-points/" + id).then().statusCode(409).body("type", endsWith("/stale-version"));
    }

    private static io.restassured.response.ValidatableResponse register(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/sales-points").then();
    }

    private static Map<String, Object> body(String kind, String name, List<UUID> products) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "name", name, "communeCode", PHU_BINH,
                "address", "Chợ Úc Sơn, xã Phú Bình", "operatorName", "HTX Nông nghiệp Úc Kỳ",
                "productIds", products.stream().map(UUID::toString).toList()));
        body.put("latitude", 21.49);
        body.put("longitude", 106.0);
        return body;
    }
}
