package vn.ocop.registry.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Attack: the JSON body limit was checked on the declared Content-Length only, so a chunked body of any size went
 * through to the parser (and only JSON content types were checked at all). Refused: one limit per route group — JSON
 * routes 256 KiB, attachment uploads and imports their own — answered with 413 problem+json stating the limit, for a
 * declared length and for a chunked body alike; nothing is written.
 */
@QuarkusTest
class BodyLimitsTest {

    private static final int JSON_LIMIT = 262_144;

    @Test
    void shouldRefuseAChunkedJsonBodyOverTheLimitAndWriteNothing() throws Exception {
        String name = "Hộ chunked " + UUID.randomUUID();
        String padding = "x".repeat(JSON_LIMIT);
        byte[] body = ("{\"name\":\"" + name + "\",\"type\":\"HKD\",\"communeCode\":\"05908\",\"address\":\""
                + padding + "\",\"workers\":1}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = chunked("/producers", "application/json", body);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":413").contains(Integer.toString(JSON_LIMIT));
        given().queryParam("q", name).get("/producers").then().body("total", equalTo(0));
    }

    @Test
    void shouldStillAcceptASmallChunkedJsonBody() throws Exception {
        String name = "Hộ chunked nhỏ " + UUID.randomUUID();
        byte[] body = ("{\"name\":\"" + name + "\",\"type\":\"HKD\",\"communeCode\":\"05908\",\"address\":\"Xóm 1\","
                + "\"workers\":1}").getBytes(StandardCharsets.UTF_8);
        assertThat(chunked("/producers", "application/json", body).statusCode()).isEqualTo(201);
    }

    @Test
    void shouldRefuseAnOversizedBodyOfAnyContentTypeOnJsonRoutes() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.TEXT).body("x".repeat(JSON_LIMIT + 1))
                .post("/producers").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString(Integer.toString(JSON_LIMIT)))
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void shouldGiveImportsTheirOwnLargerLimit() {
        // 300 KiB is over the JSON limit but under the import limit: the import route judges the content instead
        byte[] notAWorkbook = new byte[300 * 1024];
        given().auth().oauth2(Tokens.admin()).contentType("application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet").body(notAWorkbook).post("/imports").then().statusCode(415)
                .contentType("application/problem+json");
    }

    private static HttpResponse<String> chunked(String path, String type, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + Tokens.admin()).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
