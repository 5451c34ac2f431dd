package vn.ocop.registry.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ocop.infra.test.InfraTestResource;
import vn.ocop.registry.support.RegistryTestResources;
import vn.ocop.registry.support.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A build without {@code ocop.clock.endpoint} (as in production) has no clock endpoint, even for admins, whatever the
 * runtime configuration says.
 */
@QuarkusTest
@TestProfile(ClockNotAdjustableTest.ProductionClock.class)
class ClockNotAdjustableTest {

    /** The usual test resources, built without the clock endpoint. */
    public static class ProductionClock implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ocop.clock.endpoint", "false", "ocop.clock.adjustable", "true");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(InfraTestResource.class, Map.of("database", "registry")),
                    new TestResourceEntry(RegistryTestResources.ResolverBase.class));
        }
    }

    @Test
    void shouldAnswer404ToEveryClockRequest() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("offset", "P3Y"))
                .put("/admin/clock").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("offset", "P3Y")).put("/admin/clock")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).delete("/admin/clock").then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).get("/admin/clock").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
