package vn.ocop.registry.programme;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;
import static vn.ocop.registry.support.MonitoringFixtures.today;

/**
 * Phú Thọ's office sets its programme targets for a period and watches them move as products are certified: progress
 * is computed from the registry, never typed in. Province 25 (Phú Thọ) belongs to this class.
 */
@QuarkusTest
class TargetResourceTest {

    static final String PHU_THO = "25";
    static final String PHU_THO_COMMUNE = "05128";

    private static ValidatableResponse define(String token, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/provinces/" + PHU_THO + "/targets").then();
    }

    private static Map<String, Object> target(String indicator, Object value, int year) {
        return new HashMap<>(Map.of("periodStart", year + "-01-01", "periodEnd", year + "-12-31",
                "indicator", indicator, "comparator", "GTE", "value", value, "note", "Văn bản 4553/UBND-NNTN"));
    }

    @Test
    void shouldShowLiveProgressThatMovesWhenAProductIsCertified() {
        int year = today().getYear();
        String office = Tokens.provinceAdmin(PHU_THO);
        int before = given().auth().oauth2(office).queryParam("province", PHU_THO).get("/indicators").then()
                .statusCode(200).extract().path("values.certifiedProducts");
        String id = define(office, target("products_3star_plus", before + 2, year)).statusCode(201)
                .body("indicator", is("products_3star_plus"))
                .body("indicatorName", is("Sản phẩm đạt 3 sao trở lên"))
                .body("current", is(before)).body("met", is(false)).body("asOf", is(today().toString()))
                .extract().path("id");

        UUID producer = aProducer().inCommune(PHU_THO_COMMUNE).create();
        aCertificate(aProduct(producer).create()).stars(3).record();
        given().auth().oauth2(office).queryParam("period", String.valueOf(year))
                .get("/provinces/" + PHU_THO + "/targets").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.current", is(before + 1))
                .body("find { it.id == '" + id + "' }.met", is(false));

        aCertificate(aProduct(producer).create()).stars(4).record();
        given().auth().oauth2(office).get("/provinces/" + PHU_THO + "/targets").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.current", is(before + 2))
                .body("find { it.id == '" + id + "' }.ratio", is(1.0f))
                .body("find { it.id == '" + id + "' }.met", is(true));
    }

    @Test
    void shouldChangeATargetWithTheVersionReadAndRefuseDuplicatesAndStaleWrites() {
        String office = Tokens.provinceAdmin(PHU_THO);
        int year = 2001 + (int) (System.nanoTime() % 90);
        Map<String, Object> jobs = target("rural_jobs", 6000, year);
        ValidatableResponse created = define(office, jobs).statusCode(201);
        String id = created.extract().path("id");
        int version = created.extract().path("version");
        define(office, jobs).statusCode(409).body("type", endsWith("duplicate-target"));

        jobs.put("value", 6500);
        jobs.put("version", version);
        given().auth().oauth2(office).contentType(ContentType.JSON).body(jobs)
                .put("/provinces/" + PHU_THO + "/targets/" + id).then().statusCode(200).body("value", is(6500));
        given().auth().oauth2(office).contentType(ContentType.JSON).body(jobs)
                .put("/provinces/" + PHU_THO + "/targets/" + id).then().statusCode(409)
                .body("type", endsWith("stale-version"));
        // a period that has not started yet has no progress
        define(office, target("sales_points", 13, today().getYear() + 1)).statusCode(201)
                .body("current", nullValue()).body("met", is(false));
    }

    @Test
    void shouldRejectBadTargetsFieldByFieldAndOtherProvinces() {
        String office = Tokens.provinceAdmin(PHU_THO);
        define(office, target("cups_of_tea", 1, 2030)).statusCode(400).body("errors[0].field", is("indicator"));
        Map<String, Object> backwards = target("rural_jobs", 1, 2030);
        backwards.put("periodEnd", "2029-12-31");
        define(office, backwards).statusCode(400).body("errors[0].field", is("periodEnd"));
        define(office, target("rural_jobs", -1, 2030)).statusCode(400).body("errors[0].field", is("value"));
        given().auth().oauth2(office).queryParam("period", "2030/20x").get("/provinces/" + PHU_THO + "/targets")
                .then().statusCode(400).body("errors[0].field", is("period"));

        define(Tokens.provinceAdmin("19"), target("rural_jobs", 1, 2030)).statusCode(403);
        define(Tokens.producer(UUID.randomUUID()), target("rural_jobs", 1, 2030)).statusCode(403);
        given().contentType(ContentType.JSON).body(target("rural_jobs", 1, 2030))
                .post("/provinces/" + PHU_THO + "/targets").then().statusCode(401);
        given().get("/indicator-definitions").then().statusCode(200)
                .body("code", hasItems("products_3star_plus", "rural_jobs", "value_chain_linkage_pct",
                        "communes_with_product_pct"));
    }
}
