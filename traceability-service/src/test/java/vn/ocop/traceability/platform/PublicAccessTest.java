package vn.ocop.traceability.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProductData;
import vn.ocop.infra.SharedInfra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.publish;
import static vn.ocop.traceability.support.TestData.aProduct;
import static vn.ocop.traceability.support.TraceRecords.awaitRecord;

@QuarkusTest
class PublicAccessTest {

    @Test
    void shouldServeTraceRecordsToAnonymousAndAuthenticatedCallersAlike() {
        ProductData product = aProduct().named("Mật ong bạc hà Mèo Vạc").build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product));
        awaitRecord(product.productId(), r -> true);

        given().accept(ContentType.JSON).when().get("/products/{id}", product.productId())
                .then().statusCode(200).body("name", equalTo("Mật ong bạc hà Mèo Vạc"));
        given().accept(ContentType.JSON).auth().oauth2(SharedInfra.jwt().token("officer-1", "admin"))
                .when().get("/products/{id}", product.productId())
                .then().statusCode(200).body("name", equalTo("Mật ong bạc hà Mèo Vạc"));
        given().accept(ContentType.JSON).auth().oauth2("not-a-token")
                .when().get("/p/{id}", product.productId())
                .then().statusCode(200);
    }

    @Test
    void shouldVerifyBearerTokensWithTheConfiguredKeyAndIssuer() {
        given().auth().oauth2(SharedInfra.jwt().token("officer-1", "admin"))
                .when().get("/test-support/whoami")
                .then().statusCode(200).body(equalTo("officer-1 [admin]"));
        given().auth().oauth2("not-a-token").when().get("/test-support/whoami").then().statusCode(401);
        given().when().get("/test-support/whoami").then().statusCode(401);
    }
}
