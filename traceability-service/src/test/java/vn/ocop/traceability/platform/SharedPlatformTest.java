package vn.ocop.traceability.platform;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.kafka.StaticMembership;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The shared platform module is really in use here: its problem mapper answers (one type base, HTML for a browser)
 * and its beans are discovered from the jar.
 */
@QuarkusTest
class SharedPlatformTest {

    @Test
    void shouldAnswerWithThePlatformsProblemTypeBase() {
        given().accept("application/json").when().get("/01/08935000000013")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", startsWith("https://ocop.gov.vn/problems/"))
                .body("title", equalTo("Invalid request"));
    }

    @Test
    void shouldGiveABrowserThePageOfThisService() {
        given().accept("text/html").when().get("/01/08935000000013")
                .then().statusCode(400).contentType(startsWith("text/html"));
    }

    @Test
    void shouldDiscoverTheStaticMembershipCustomizerInThePlatformJar() {
        StaticMembership membership = Arc.container().instance(StaticMembership.class).get();
        assertThat(membership).isNotNull();
        Map<String, Object> consumer = new HashMap<>(Map.of("group.id", "traceability-service"));
        // without OCOP_KAFKA_INSTANCE_ID (as in tests) membership stays dynamic
        assertThat(membership.customize("registry-events", null, consumer)).doesNotContainKey("group.instance.id");
    }
}
