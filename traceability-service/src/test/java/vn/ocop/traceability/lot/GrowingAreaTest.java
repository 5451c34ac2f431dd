package vn.ocop.traceability.lot;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.support.Tokens;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.ValueChain.aCertifiedProduct;
import static vn.ocop.traceability.support.ValueChain.anArea;
import static vn.ocop.traceability.support.ValueChain.registerArea;

@QuarkusTest
class GrowingAreaTest {

    @Test
    void shouldRegisterAnAreaInTheProducersCommuneWithNamesFromTheRegistry() {
        ProductData product = aCertifiedProduct("Cao ngựa bạch Trường Nguyên", 4);
        Map<String, Object> area = anArea();
        area.put("boundary", Map.of("type", "Polygon", "coordinates", List.of(List.of(
                List.of(105.97, 21.61), List.of(105.98, 21.61), List.of(105.98, 21.62), List.of(105.97, 21.61)))));

        JsonPath registered = registerArea(product, area);

        assertThat(registered.getString("producerId")).isEqualTo(product.producer().producerId().toString());
        assertThat(registered.getString("communeName")).isEqualTo("Phú Bình");
        assertThat(registered.getString("provinceName")).isEqualTo("Thái Nguyên");
        assertThat(registered.getString("subject")).isEqualTo("Ngựa bạch");
        assertThat(registered.getString("boundary.type")).isEqualTo("Polygon");
        given().auth().oauth2(Tokens.producer(product.producer().producerId()))
                .when().get("/growing-areas/{id}", registered.getString("id"))
                .then().statusCode(200);
    }

    @Test
    void shouldReportEveryInvalidFieldOfAnArea() {
        ProductData product = aCertifiedProduct("Chè Tân Cương đặc biệt", 4);
        Map<String, Object> area = anArea();
        area.put("name", " ");
        area.put("latitude", new BigDecimal("91"));
        area.put("longitude", new BigDecimal("-181"));
        area.put("areaHectares", 0);
        area.put("subjectKind", "MINERAL");
        area.put("communeCode", "5908");

        Response response = post(product, area);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getList("errors.field")).containsExactlyInAnyOrder("areaHectares",
                "communeCode", "latitude", "longitude", "name", "subjectKind");
    }

    @Test
    void shouldReportEveryDefectOfABoundaryPolygon() {
        ProductData product = aCertifiedProduct("Chè Tân Cương đặc biệt", 4);
        Map<String, Object> area = anArea();
        area.put("boundary", Map.of("type", "Polygon", "coordinates", List.of(
                List.of(List.of(105.97, 21.61), List.of(105.98, 21.61), List.of(105.98, 21.62),
                        List.of(105.99, 21.63)),
                List.of(List.of(105.97, 21.61), List.of(105.98, 21.61), List.of(105.97, 21.61)),
                List.of(List.of(200.0, 21.61), List.of(105.98, 95.0), List.of(105.98, 21.62),
                        List.of(200.0, 21.61)))));

        Response response = post(product, area);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getList("errors.field")).containsExactlyInAnyOrder(
                "boundary.coordinates[0]", "boundary.coordinates[1]", "boundary.coordinates[2][0]",
                "boundary.coordinates[2][1]", "boundary.coordinates[2][3]");
        area.put("boundary", Map.of("type", "Point", "coordinates", List.of(105.97, 21.61)));
        assertThat(post(product, area).jsonPath().getList("errors.field")).contains("boundary.type");
    }

    @Test
    void shouldReplaceOnlyTheCurrentVersionAndOnlyForItsProducer() {
        ProductData product = aCertifiedProduct("Miến dong Bình Liêu", 3);
        JsonPath registered = registerArea(product, anArea());
        Map<String, Object> change = anArea();
        change.put("name", "Đồi chè Tân Cương mở rộng");
        change.put("version", registered.getLong("version"));
        String token = Tokens.producer(product.producer().producerId());

        JsonPath replaced = given().auth().oauth2(token).contentType(ContentType.JSON).body(change)
                .when().put("/growing-areas/{id}", registered.getString("id"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(replaced.getString("name")).isEqualTo("Đồi chè Tân Cương mở rộng");
        assertThat(replaced.getLong("version")).isGreaterThan(registered.getLong("version"));

        given().auth().oauth2(token).contentType(ContentType.JSON).body(change)
                .when().put("/growing-areas/{id}", registered.getString("id"))
                .then().statusCode(409);
        change.put("version", replaced.getLong("version"));
        given().auth().oauth2(Tokens.producer(UUID.randomUUID())).contentType(ContentType.JSON).body(change)
                .when().put("/growing-areas/{id}", registered.getString("id"))
                .then().statusCode(403);
    }

    @Test
    void shouldRequireATokenAProducerRoleAndAKnownProducer() {
        ProductData product = aCertifiedProduct("Miến dong Bình Liêu", 3);
        given().contentType(ContentType.JSON).body(anArea()).when().post("/growing-areas").then().statusCode(401);
        given().auth().oauth2(Tokens.ministry()).contentType(ContentType.JSON).body(anArea())
                .when().post("/growing-areas").then().statusCode(403);
        given().auth().oauth2(Tokens.producer(UUID.randomUUID())).contentType(ContentType.JSON).body(anArea())
                .when().post("/growing-areas").then().statusCode(422);
        Map<String, Object> outside = anArea();
        outside.put("communeCode", "06100");
        assertThat(post(product, outside).jsonPath().getList("errors.field")).containsExactly("communeName");
    }

    @Test
    void shouldListOnlyTheProducersOwnAreasPageByPage() {
        ProductData product = aCertifiedProduct("Mật ong bạc hà Mèo Vạc", 4);
        for (int i = 0; i < 3; i++) {
            registerArea(product, anArea());
        }
        String token = Tokens.producer(product.producer().producerId());

        JsonPath page = given().auth().oauth2(token).queryParam("size", 2)
                .when().get("/growing-areas").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items")).hasSize(2);
        assertThat(page.getLong("total")).isEqualTo(3);
        assertThat(page.getList("items.producerId")).containsOnly(product.producer().producerId().toString());
        given().auth().oauth2(token).queryParam("producerId", UUID.randomUUID())
                .when().get("/growing-areas").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).queryParam("producerId", product.producer().producerId())
                .when().get("/growing-areas").then().statusCode(200);
        given().auth().oauth2(token).queryParam("size", 1000)
                .when().get("/growing-areas").then().statusCode(400);
    }

    private static Response post(ProductData product, Map<String, Object> area) {
        return given().auth().oauth2(Tokens.producer(product.producer().producerId()))
                .contentType(ContentType.JSON).body(area).when().post("/growing-areas");
    }
}
