package vn.ocop.traceability.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reads trace records through the public API, waiting for asynchronous intake. */
public final class TraceRecords {

    /** How long an event may take from the topic to the API. */
    public static final Duration INTAKE_DEADLINE = Duration.ofSeconds(5);

    private TraceRecords() {
    }

    /** Polls {@code GET /products/{id}} until the record exists and satisfies {@code condition}. */
    public static JsonPath awaitRecord(UUID productId, Predicate<JsonPath> condition) {
        return awaitRecord(productId, condition, INTAKE_DEADLINE);
    }

    /** As {@link #awaitRecord(UUID, Predicate)} with a deadline of the caller's: for fixtures, not intake timing. */
    public static JsonPath awaitRecord(UUID productId, Predicate<JsonPath> condition, Duration deadline) {
        JsonPath[] result = new JsonPath[1];
        await().dontCatchUncaughtExceptions().atMost(deadline).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            var response = given().accept(ContentType.JSON).get("/products/{id}", productId);
            assertThat(response.statusCode()).as("GET /products/%s", productId).isEqualTo(200);
            JsonPath json = response.jsonPath();
            assertThat(condition.test(json)).as("trace record %s matches", json.prettify()).isTrue();
            result[0] = json;
        });
        return result[0];
    }
}
