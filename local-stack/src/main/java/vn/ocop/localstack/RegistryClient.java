package vn.ocop.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Owns the JSON-over-HTTP calls the launcher and the benchmark make to the services (java.net.http, Jackson). */
public final class RegistryClient {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    public RegistryClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** POSTs {@code body} as JSON and returns the created resource; anything but 201 is an error with the problem. */
    public JsonNode create(String path, Map<String, ?> body) {
        return call("POST", path, HttpRequest.BodyPublishers.ofString(write(body)), "application/json", 201);
    }

    /** POSTs {@code body} and expects 200 (actions such as revoke). */
    public JsonNode act(String path, Map<String, ?> body) {
        return call("POST", path, HttpRequest.BodyPublishers.ofString(write(body)), "application/json", 200);
    }

    /** PUTs {@code body} as JSON and expects 200. */
    public JsonNode put(String path, Map<String, ?> body) {
        return call("PUT", path, HttpRequest.BodyPublishers.ofString(write(body)), "application/json", 200);
    }

    /** POSTs raw bytes (a file) and expects 201. */
    public JsonNode upload(String path, byte[] content, String contentType) {
        return call("POST", path, HttpRequest.BodyPublishers.ofByteArray(content), contentType, 201);
    }

    /** GETs with this client's token. */
    public JsonNode getAuthorized(String path) {
        return call("GET", path, HttpRequest.BodyPublishers.noBody(), null, 200);
    }

    /** The same registry, called with another actor's token. */
    public RegistryClient as(String otherToken) {
        return new RegistryClient(base, otherToken);
    }

    private JsonNode call(String method, String path, HttpRequest.BodyPublisher body, String contentType,
                          int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return expect(send(request), expected, method + " " + path);
    }

    public JsonNode get(String path) {
        return expect(getResponse(path), 200, "GET " + path);
    }

    /** The raw response (status and body), for callers that poll until something appears. */
    public HttpResponse<String> getResponse(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET());
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(what + " answered no JSON: " + response.body(), e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Lower case without Vietnamese diacritics (đ → d), to compare names as the registry's search does. */
    public static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
    }
}
