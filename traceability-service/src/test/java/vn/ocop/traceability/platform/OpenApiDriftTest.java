package vn.ocop.traceability.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the committed OpenAPI document ({@code openapi/traceability-service.yaml}) equal to what the service serves.
 * Run with {@code -Docop.openapi.update=true} to rewrite it after an intended API change.
 */
@QuarkusTest
class OpenApiDriftTest {

    static final Path COMMITTED = Path.of("..", "openapi", "traceability-service.yaml");

    @Test
    void shouldServeExactlyTheCommittedOpenApiDocument() throws Exception {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();

        if (Boolean.getBoolean("ocop.openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
            return;
        }
        assertThat(COMMITTED)
                .withFailMessage("%s is missing: run `../mvnw -B verify -Docop.openapi.update=true` in "
                        + "traceability-service and commit it", COMMITTED.toAbsolutePath().normalize())
                .exists();
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        assertThat(served)
                .withFailMessage("The API served by traceability-service differs from %s. If the change is intended, "
                        + "run `../mvnw -B verify -Docop.openapi.update=true` in traceability-service and commit the "
                        + "file; otherwise fix the resource annotations.%nServed:%n%s",
                        COMMITTED.toAbsolutePath().normalize(), served)
                .isEqualTo(committed);
    }
}
