package vn.ocop.registry.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class PlatformTest {

    private static final Path COMMITTED_SPEC = Path.of("../openapi/registry-service.yaml");

    @Test
    void shouldServeThe34ProvincesAndTheirCommunes() {
        given().get("/provinces").then().statusCode(200).body("size()", is(34))
                .body("find { it.code == '19' }.name", equalTo("Thái Nguyên"));
        given().get("/provinces/19/communes").then().statusCode(200)
                .body("find { it.code == '05908' }.fullName", equalTo("Xã Phú Bình"));
        given().get("/provinces/99/communes").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldReportReadyAndExposeOutboxMetrics() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("ocop_outbox_pending"))
                .body(containsString("ocop_outbox_oldest_pending_age_seconds"));
    }

    @Test
    void shouldAnswerABadEnumOrUuidQueryParameterWith400NamingIt() {
        given().queryParam("type", "BOGUS").get("/producers").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("HTX"));
        given().auth().oauth2(vn.ocop.registry.support.Tokens.admin()).queryParam("state", "NEARLY_DONE")
                .get("/dossiers").then().statusCode(400).body("errors[0].field", equalTo("state"));
        given().auth().oauth2(vn.ocop.registry.support.Tokens.admin()).queryParam("dossierId", "not-a-uuid")
                .get("/scoring-rounds").then().statusCode(400).body("errors[0].field", equalTo("dossierId"));
    }

    @Test
    void shouldAnswerUnknownPathsWithProblem() {
        given().get("/nowhere").then().statusCode(404);
        given().delete("/provinces").then().statusCode(405);
    }

    @Test
    void shouldDocumentTheApiAsTheCommittedOpenApiFile() throws IOException {
        String live = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("ocop.openapi.update")) {
            Files.writeString(COMMITTED_SPEC, live, StandardCharsets.UTF_8);
        }
        assertThat(COMMITTED_SPEC).as("openapi/registry-service.yaml is missing: run the tests with "
                + "-Docop.openapi.update=true").exists();
        assertThat(live).as("The API differs from openapi/registry-service.yaml; review the change and run "
                + "./mvnw -pl registry-service verify -Docop.openapi.update=true to update the file")
                .isEqualTo(Files.readString(COMMITTED_SPEC, StandardCharsets.UTF_8));
    }
}
