package vn.ocop.traceability.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.support.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.ValueChain.aCertifiedProduct;
import static vn.ocop.traceability.support.ValueChain.aLot;
import static vn.ocop.traceability.support.ValueChain.aLotCode;
import static vn.ocop.traceability.support.ValueChain.anArea;
import static vn.ocop.traceability.support.ValueChain.openLot;

/**
 * Issue 14, finding 4 (traceability part): a scoped role whose token lacks its scope claim must not act with no scope
 * or with everybody's; it gets 403 on every role-protected traceability endpoint.
 */
@QuarkusTest
class FailClosedScopeSecurityTest {

    @Test
    void shouldRefuseEveryScopedRoleWithoutItsScopeClaim() {
        ProductData product = aCertifiedProduct("Cao ngựa bạch Trường Nguyên", 4);
        String lotId = openLot(product, aLot(aLotCode())).getString("id");

        assertProblem403(given().auth().oauth2(Tokens.withoutScope("producer")).contentType(ContentType.JSON)
                .body(aLot(aLotCode())).post("/products/{id}/lots", product.productId()));
        assertProblem403(given().auth().oauth2(Tokens.withoutScope("producer")).contentType(ContentType.JSON)
                .body(anArea()).post("/growing-areas"));
        assertProblem403(given().auth().oauth2(Tokens.withoutScope("commune-officer")).contentType(ContentType.JSON)
                .body(Map.of("passed", true)).post("/lots/{id}/events/inspection", lotId));
        assertProblem403(given().auth().oauth2(Tokens.withoutScope("province-admin")).contentType(ContentType.JSON)
                .body(Map.of("passed", true)).post("/lots/{id}/events/inspection", lotId));
        assertProblem403(given().auth().oauth2(Tokens.withoutScope("province-admin"))
                .get("/lots/{id}/grants", lotId));
        for (String party : new String[] {"partner", "processor", "distributor", "retailer"}) {
            assertProblem403(given().auth().oauth2(Tokens.withoutScope(party)).contentType(ContentType.JSON)
                    .body(Map.of("source", "HTX")).post("/lots/{id}/events/receiving", lotId));
            assertProblem403(given().auth().oauth2(Tokens.withoutScope(party)).contentType("application/json")
                    .body("{}").post("/capture"));
        }
        assertThat(given().get("/lots/{id}", lotId).jsonPath().getInt("eventCount")).isZero();
    }

    private static void assertProblem403(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
