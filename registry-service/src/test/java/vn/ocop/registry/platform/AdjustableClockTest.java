package vn.ocop.registry.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.RegistryClock;
import vn.ocop.registry.support.Tokens;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/** The registry's clock moved through {@code /admin/clock} (on in tests): every date rule follows it. */
@QuarkusTest
class AdjustableClockTest {

    @Test
    void shouldMoveEveryDateRuleWithTheClockAndComeBackOnReset() {
        LocalDate today = RegistryClock.today();
        UUID product = aProduct(aProducer().create()).create();
        try {
            assertThat(RegistryClock.move("P1Y")).isEqualTo(today.plusYears(1));
            // a decision a month ahead of the real day lies in the registry's past now
            UUID certificate = aCertificate(product).decidedOn(today.plusMonths(1)).record();
            given().get("/certificates/" + certificate).then().body("status", equalTo("VALID"));
            assertThat(RegistryClock.move("P40M")).isEqualTo(today.plusMonths(40));
            given().get("/certificates/" + certificate).then().body("status", equalTo("EXPIRED"));
        } finally {
            RegistryClock.reset();
        }
        given().auth().oauth2(Tokens.admin()).get("/admin/clock").then().statusCode(200)
                .body("offset", equalTo("PT0S")).body("today", equalTo(today.toString()));
    }

    @Test
    void shouldAcceptCombinedAndNegativeOffsets() {
        LocalDate today = RegistryClock.today();
        try {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("offset", "-P1M2DT3H"))
                    .put("/admin/clock").then().statusCode(200).body("offset", equalTo("P-1M-2DT-3H"));
            assertThat(RegistryClock.today()).isBetween(today.minusMonths(1).minusDays(3),
                    today.minusMonths(1).minusDays(2));
        } finally {
            RegistryClock.reset();
        }
    }

    @Test
    void shouldRefuseOffsetsThatAreNotIsoPeriods() {
        for (String offset : new String[] {"3 years", "P", "PT", " "}) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("offset", offset))
                    .put("/admin/clock").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("offset"));
        }
        given().auth().oauth2(Tokens.admin()).get("/admin/clock").then().body("offset", equalTo("PT0S"));
    }

    @Test
    void shouldRefuseOffsetsBeyondTheBoundAndAuditEveryMove() {
        for (String offset : new String[] {"P5Y1D", "-P5YT1H", "P100Y"}) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("offset", offset))
                    .put("/admin/clock").then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("offset"));
        }
        try {
            RegistryClock.move("-P5Y");
            RegistryClock.move("P2D");
        } finally {
            RegistryClock.reset();
        }
        int total = clockEntry(0).getInt("total");
        io.restassured.path.json.JsonPath moved = clockEntry(total - 2);
        io.restassured.path.json.JsonPath reset = clockEntry(total - 1);
        assertThat(moved.getString("items[0].action")).isEqualTo("moved");
        assertThat(moved.getString("items[0].before.offset")).isEqualTo("P-5Y");
        assertThat(moved.getString("items[0].after.offset")).isEqualTo("P2D");
        assertThat(reset.getString("items[0].action")).isEqualTo("reset");
        assertThat(reset.getString("items[0].actor")).isNotBlank();
        given().auth().oauth2(Tokens.provinceAdmin("19")).queryParam("entityType", "clock").get("/audit-entries")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.is(0));
    }

    /** The entry at {@code index} (oldest first) of the clock's audit trail, as a page of one. */
    private static io.restassured.path.json.JsonPath clockEntry(int index) {
        return given().auth().oauth2(Tokens.admin()).queryParam("entityType", "clock").queryParam("size", 1)
                .queryParam("page", Math.max(index, 0)).get("/audit-entries").then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void shouldLetOnlyAdminsMoveTheClock() {
        given().contentType(ContentType.JSON).body(Map.of("offset", "P1D")).put("/admin/clock")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.provinceAdmin("19")).contentType(ContentType.JSON).body(Map.of("offset", "P1D"))
                .put("/admin/clock").then().statusCode(403);
        given().auth().oauth2(Tokens.provinceAdmin("19")).delete("/admin/clock").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).get("/admin/clock").then().body("offset", equalTo("PT0S"));
    }
}
