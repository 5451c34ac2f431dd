package vn.ocop.registry.producer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Fixtures;
import vn.ocop.registry.support.Tokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.registry.support.Fixtures.aProducer;

@QuarkusTest
class ProducerResourceTest {

    @Test
    void shouldRegisterProducerInPhuBinhWithProvinceNames() {
        var producer = aProducer().named("Cơ sở chế biến cao ngựa bạch Hoan Hoa").with("taxCode", uniqueTaxCode());
        String location = given().auth().oauth2(Tokens.officer(Fixtures.PHU_BINH)).contentType(ContentType.JSON)
                .body(producer.body).post("/producers")
                .then().statusCode(201)
                .header("Location", containsString("/producers/"))
                .body("communeCode", equalTo("05908"))
                .body("communeName", equalTo("Xã Phú Bình"))
                .body("provinceCode", equalTo("19"))
                .body("provinceName", equalTo("Tỉnh Thái Nguyên"))
                .body("type", equalTo("HKD"))
                .extract().header("Location");
        given().get(location).then().statusCode(200).body("name", equalTo("Cơ sở chế biến cao ngựa bạch Hoan Hoa"));
    }

    @Test
    void shouldFindProducersWithoutDiacritics() {
        UUID id = aProducer().named("Hợp tác xã Chè Đồng Hỷ " + UUID.randomUUID()).create();
        given().queryParam("q", "hop tac xa che dong hy").queryParam("size", 100).get("/producers")
                .then().statusCode(200).body("items.id", hasItem(id.toString()));
    }

    @Test
    void shouldRejectUnknownCommuneCodeAndWriteNothing() {
        String name = "Không được lưu " + UUID.randomUUID();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(aProducer().named(name).inCommune("99999").body).post("/producers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", is(400))
                .body("errors.field", hasItem("communeCode"));
        given().queryParam("q", name).get("/producers").then().body("total", is(0));
    }

    @Test
    void shouldListEveryMissingField() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{}").post("/producers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "type", "communeCode", "address", "workers"));
    }

    @Test
    void shouldNameTheFieldOfWrongType() {
        var body = aProducer().with("workers", "nhiều").body;
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).post("/producers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("workers"))
                .body("errors[0].message", equalTo("must be a number"));
    }

    @Test
    void shouldListAllowedValuesOfAnUnknownProducerType() {
        var body = aProducer().with("type", "CORP").body;
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).post("/producers")
                .then().statusCode(400).body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("DN, HTX, THT, HKD"));
    }

    @Test
    void shouldRejectMalformedJson() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"name\": ").post("/producers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", startsWith("https://ocop.gov.vn/problems/"));
    }

    @Test
    void shouldRefuseOversizedBodyWith413Problem() {
        String huge = "{\"name\":\"" + "a".repeat(300_000) + "\"}";
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(huge).post("/producers")
                .then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void shouldRequireTokenToRegister() {
        given().contentType(ContentType.JSON).body(aProducer().body).post("/producers")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRejectForgedToken() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.bm90LWEtc2lnbmF0dXJl").contentType(ContentType.JSON)
                .body(aProducer().body).post("/producers").then().statusCode(401);
    }

    @Test
    void shouldForbidProducersFromRegisteringProducers() {
        given().auth().oauth2(Tokens.producer(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(aProducer().body).post("/producers").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldForbidOfficerOfAnotherCommune() {
        given().auth().oauth2(Tokens.officer("00004")).contentType(ContentType.JSON)
                .body(aProducer().inCommune(Fixtures.PHU_BINH).body).post("/producers").then().statusCode(403);
    }

    @Test
    void shouldRefuseDuplicateTaxCode() {
        String taxCode = uniqueTaxCode();
        aProducer().with("taxCode", taxCode).create();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(aProducer().with("taxCode", taxCode).body).post("/producers")
                .then().statusCode(409).body("errors[0].field", equalTo("taxCode"));
    }

    @Test
    void shouldUpdateProducerAndBumpVersion() {
        UUID id = aProducer().create();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(aProducer().named("Tên mới").with("workers", 12).body).put("/producers/" + id)
                .then().statusCode(200).body("name", equalTo("Tên mới")).body("workers", is(12)).body("version", is(1));
    }

    @Test
    void shouldAnswer404ProblemForUnknownProducer() {
        given().get("/producers/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/producers/not-a-uuid").then().statusCode(404);
    }

    @Test
    void shouldRejectPageSizeOverLimit() {
        given().queryParam("size", 500).get("/producers").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    private static String uniqueTaxCode() {
        return String.format("%010d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 10_000_000_000L);
    }
}
