package vn.ocop.registry.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.registry.support.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Attack: a council-member token without {@code province_code} got national visibility (dossiers, councils); other
 * scoped roles without their claim slipped through where a code path read the missing claim as "everywhere".
 * Refused: a scoped role without its scope claim (or a producer_id that is not a UUID) gets 403 problem+json on every
 * registry endpoint, public ones included.
 */
@QuarkusTest
class FailClosedScopeTest {

    private static final String[] PATHS = {"/dossiers", "/councils", "/producers", "/products", "/indicators",
            "/audit-entries", "/imports/template.xlsx", "/registers/export?format=csv&register=producers"};

    @ParameterizedTest
    @ValueSource(strings = {"council-member", "council-secretary", "province-admin", "commune-officer", "producer",
            "processor", "distributor", "retailer", "partner"})
    void shouldRefuseAScopedRoleWithoutItsScopeClaimEverywhere(String role) {
        String token = Tokens.withClaims("scopeless-" + role, role, Map.of());
        for (String path : PATHS) {
            // a route the role may not use at all answers 403 forbidden before the scope is looked at
            given().auth().oauth2(token).get(path).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        for (String path : new String[] {"/producers", "/products", "/provinces", "/dossiers"}) {
            given().auth().oauth2(token).get(path).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://ocop.gov.vn/problems/missing-scope"))
                    .body("errors[0].field", notNullValue());
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .post("/producers").then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "not-a-uuid"})
    void shouldRefuseAProducerWhoseProducerIdIsBlankOrNotAUuid(String producerId) {
        String token = Tokens.withClaims("bad-producer", "producer", Map.of("producer_id", producerId));
        given().auth().oauth2(token).get("/dossiers").then().statusCode(403)
                .body("errors[0].field", equalTo("producer_id"));
    }

    @org.junit.jupiter.api.Test
    void shouldKeepServingScopedRolesThatCarryTheirClaimAndNationalCouncilStaff() {
        given().auth().oauth2(Tokens.councilMember("national-member@ocop.test", null)).get("/dossiers").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.councilMember("member@ocop.test", "19")).get("/councils").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.officer("05908")).get("/dossiers").then().statusCode(200);
        given().get("/products").then().statusCode(200);
    }
}
