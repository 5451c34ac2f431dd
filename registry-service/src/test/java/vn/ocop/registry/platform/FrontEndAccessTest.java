package vn.ocop.registry.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.RegistryTestResources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Browsers may call the API only from the configured front-end origins, never with credentials (cookies). */
@QuarkusTest
class FrontEndAccessTest {

    @Test
    void shouldAllowTheConfiguredFrontEndOriginWithoutCredentials() {
        given().header("Origin", RegistryTestResources.WebOrigin.ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/dossiers").then()
                .header("Access-Control-Allow-Origin", equalTo(RegistryTestResources.WebOrigin.ORIGIN))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
    }

    @Test
    void shouldNotAllowAnyOtherOrigin() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/dossiers").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").get("/provinces").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldAnswerAccountProvisioningWithoutAnIdentityProviderAs503Problem() {
        given().auth().oauth2(vn.ocop.registry.support.Tokens.admin()).contentType("application/json")
                .body("{\"username\": \"a@ocop.test\", \"firstName\": \"A\", \"lastName\": \"B\", "
                        + "\"role\": \"province-admin\", \"provinceCode\": \"19\"}")
                .post("/accounts/appointments").then().statusCode(503)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.containsString(
                        "accounts-not-configured"));
    }
}
