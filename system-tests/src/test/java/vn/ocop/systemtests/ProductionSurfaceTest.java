package vn.ocop.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.ocop.localstack.ServiceProcess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.systemtests.SystemUnderTest.registry;
import static vn.ocop.systemtests.SystemUnderTest.stack;
import static vn.ocop.systemtests.SystemUnderTest.traceability;

/**
 * The packaged services as production configures them: no Swagger UI unless enabled, the OpenAPI document kept, and
 * log lines as JSON objects (what a log shipper parses; the MDC carries the trace ids when tracing is on).
 */
class ProductionSurfaceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldServeNoSwaggerUiButTheOpenApiDocument() {
        registry().get("/q/swagger-ui/").then().statusCode(404);
        traceability().get("/q/swagger-ui/").then().statusCode(404);
        registry().get("/q/openapi").then().statusCode(200);
        traceability().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void shouldLogOneJsonObjectPerLine() throws IOException {
        for (ServiceProcess service : List.of(stack().registry(), stack().traceability())) {
            List<JsonNode> records = new ArrayList<>();
            for (String line : Files.readAllLines(service.logFile(), StandardCharsets.UTF_8)) {
                if (line.startsWith("{")) {
                    records.add(JSON.readTree(line));
                }
            }
            assertThat(records).as("JSON log records of %s", service.logFile()).isNotEmpty()
                    .allSatisfy(record -> assertThat(record.has("level") && record.has("loggerName")
                            && record.has("message") && record.has("timestamp")).as(record.toString()).isTrue());
            assertThat(records).as("the start-up line").anyMatch(record ->
                    record.get("message").asText().contains("started in"));
            assertThat(Files.readAllLines(service.logFile(), StandardCharsets.UTF_8))
                    .as("no text log lines (only the launcher's own markers and JSON)")
                    .allMatch(line -> line.isBlank() || line.startsWith("{") || line.startsWith("---- ")
                            || !line.matches("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} .*"));
        }
    }
}
