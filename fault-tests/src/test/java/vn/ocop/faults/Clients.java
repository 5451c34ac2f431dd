package vn.ocop.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Plain HTTP calls of the suite's clients: JSON in and out, any failure (refused, reset, timeout) as an exception. */
final class Clients {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    private Clients() {
    }

    /** A response's status and JSON body (null when empty or not JSON). */
    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    }

    static Reply post(URI base, String path, String token, Map<String, ?> body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15))
                .header("content-type", "application/json").header("accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body),
                        StandardCharsets.UTF_8));
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    static Reply put(URI base, String path, String token, Map<String, ?> body) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15))
                .header("content-type", "application/json").header("authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build());
    }

    static Reply delete(URI base, String path, String token) throws IOException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15))
                .header("authorization", "Bearer " + token).DELETE().build());
    }

    static Reply get(URI base, String path, Map<String, String> headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15))
                .header("accept", "application/json").GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    private static Reply send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            String text = response.body();
            if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
                body = JSON.readTree(text);
            }
            return new Reply(response.statusCode(), body, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
