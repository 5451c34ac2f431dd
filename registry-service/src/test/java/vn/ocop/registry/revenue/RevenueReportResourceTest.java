package vn.ocop.registry.revenue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;
import static vn.ocop.registry.support.MonitoringFixtures.today;

/** A producer reports the yearly revenue of its products: once per year, corrected with the version read. */
@QuarkusTest
class RevenueReportResourceTest {

    static final String SON_LA_COMMUNE = "03646";

    private static io.restassured.response.ValidatableResponse report(String token, UUID product, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/products/" + product + "/revenue-reports").then();
    }

    @Test
    void shouldAcceptOneReportPerYearAndACorrectionWithTheVersionRead() {
        UUID producer = aProducer().inCommune(SON_LA_COMMUNE).create();
        UUID product = aProduct(producer).create();
        String token = Tokens.producer(producer);

        int version = report(token, product, Map.of("year", 2024, "revenueVnd", 1_200_000_000L, "note", "Doanh thu  năm"))
                .statusCode(201).body("revenueVnd", is(1_200_000_000)).body("note", is("Doanh thu năm"))
                .extract().path("version");
        report(token, product, Map.of("year", 2024, "revenueVnd", 1_300_000_000L)).statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("revenue-report-exists"));
        report(token, product, Map.of("year", 2024, "revenueVnd", 1_300_000_000L, "version", version + 5))
                .statusCode(409).body("type", org.hamcrest.Matchers.endsWith("stale-version"));
        report(token, product, Map.of("year", 2024, "revenueVnd", 1_300_000_000L, "version", version))
                .statusCode(200).body("revenueVnd", is(1_300_000_000));
        report(token, product, Map.of("year", 2023, "revenueVnd", 900_000_000L)).statusCode(201);

        given().auth().oauth2(token).get("/products/" + product + "/revenue-reports").then().statusCode(200)
                .body("total", is(2)).body("items.year", org.hamcrest.Matchers.contains(2023, 2024));
    }

    @Test
    void shouldRejectBadReportsAndOtherProducers() {
        UUID producer = aProducer().inCommune(SON_LA_COMMUNE).create();
        UUID product = aProduct(producer).create();
        report(Tokens.producer(producer), product, Map.of("year", today().getYear() + 1, "revenueVnd", 1))
                .statusCode(400).body("errors[0].field", is("year"));
        report(Tokens.producer(producer), product, Map.of("year", 2024, "revenueVnd", -1))
                .statusCode(400).body("errors[0].field", is("revenueVnd"));
        Map<String, Object> missing = new HashMap<>();
        missing.put("revenueVnd", 5);
        report(Tokens.producer(producer), product, missing).statusCode(400).body("errors[0].field", is("year"));
        report(Tokens.producer(UUID.randomUUID()), product, Map.of("year", 2024, "revenueVnd", 1)).statusCode(403);
        report(Tokens.officer("05908"), product, Map.of("year", 2024, "revenueVnd", 1)).statusCode(403);
        report(Tokens.officer(SON_LA_COMMUNE), product, Map.of("year", 2024, "revenueVnd", 1)).statusCode(201);
        report(Tokens.ministry(), product, Map.of("year", 2022, "revenueVnd", 1)).statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("year", 2024, "revenueVnd", 1))
                .post("/products/" + product + "/revenue-reports").then().statusCode(401);
        report(Tokens.admin(), UUID.randomUUID(), Map.of("year", 2024, "revenueVnd", 1)).statusCode(404);
    }
}
