package vn.ocop.traceability.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.ProductData;
import vn.ocop.infra.SharedInfra;
import vn.ocop.traceability.support.Tokens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.ValueChain.aCertifiedProduct;
import static vn.ocop.traceability.support.ValueChain.aLot;
import static vn.ocop.traceability.support.ValueChain.aLotCode;
import static vn.ocop.traceability.support.ValueChain.openLot;
import static vn.ocop.traceability.support.ValueChain.recordStep;

/**
 * OpenAPI-driven fuzz test (issue 14): every operation of {@code openapi/traceability-service.yaml} (parsed; no hand
 * list of endpoints) is sent malformed and boundary inputs with a valid token of a role the document allows on it:
 * wrong JSON types, missing and extra fields, huge and empty strings, Unicode edge cases (combining marks, RTL, NUL,
 * emoji, 4-byte characters), negative and huge numbers, invalid UUIDs, dates and enums, malformed JSON, wrong content
 * types, oversized bodies, path traversal and percent-encoding tricks in path parameters (as far as an HTTP client
 * sends them: a malformed escape such as {@code %ZZ} is refused by the client's URI parser, so it is sent encoded). Never a 5xx; every 4xx is
 * problem+json with a message (except 414/431, answered by the HTTP codec itself before the service sees the request);
 * a write answered 4xx changes no row of the main tables. Seeded ({@code -Dfuzz.seed},
 * default 14); {@code -Dfuzz.iterations} inputs per operation (default 12).
 */
@QuarkusTest
class OpenApiFuzzTest {

    static final Path DOCUMENT = Path.of("..", "openapi", "traceability-service.yaml");
    private static final long SEED = Long.getLong("fuzz.seed", 14L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 12);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final Set<String> WRITES = Set.of("post", "put", "delete", "patch");
    private static final List<String> TABLES = List.of("lot", "epcis_event", "party_grant", "growing_area", "serial",
            "serial_batch", "capture_job", "lot_verification");
    private static final String[] NASTY = {
            "", " ", "e\u0301\u0301\u0301\u0301", "\u202Eevil\u202C", "\u0000", "a\u0000b", "👩‍👩‍👧‍👦", "𠜎𝌆𝌆",
            "\uFEFF", "Cao ngựa bạch", "' or 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "%s%n%x",
            "\r\n\r\nHTTP/1.1 200", "../../../../etc/passwd", "null", "-1", "1e309", "NaN"};
    private static final String[] PATH_TRICKS = {
            "..", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "%252e%252e%252f", "%00", "a%00b", "%25ZZ", "%25", "%C0%AE%C0%AE",
            "%F0%9F%98%80", "%E2%80%AE", "00000000-0000-0000-0000-000000000000", "not-a-uuid", "-1",
            "99999999999999999999", "x".repeat(3000), ";jsessionid=1", "%20", "a%2Fb", "..;", "%5C..%5C"};

    @Inject
    AgroalDataSource database;

    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(SEED);

    @Test
    void shouldAnswerEveryMalformedInputWithoutAServerErrorAndWriteNothingOnA4xx() throws Exception {
        JsonNode api = new YAMLMapper().readTree(DOCUMENT.toFile());
        Fixture fixture = fixture();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int operations = 0;
        long started = System.nanoTime();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                for (int i = 0; i < ITERATIONS; i++) {
                    sent++;
                    String failure;
                    try {
                        failure = send(api, path.getKey(), op.getKey(), op.getValue(), fixture, i);
                    } catch (Exception e) {
                        failure = op.getKey().toUpperCase() + " " + path.getKey() + " -> no answer: " + e;
                    }
                    if (failure != null && failures.size() < 40) {
                        failures.add(failure);
                    }
                }
            }
        }
        System.out.printf("OpenApiFuzzTest: %d requests to %d operations of %s (seed %d, %d per operation) in %d ms%n",
                sent, operations, DOCUMENT.getFileName(), SEED, ITERATIONS,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(20);
        assertThat(failures).as("fuzz findings").isEmpty();
    }

    /** The ids the valid parts of the inputs use: a certified product with a lot that has events. */
    private record Fixture(ProductData product, String lotId, String areaId) {
    }

    private Fixture fixture() {
        ProductData product = aCertifiedProduct("Cao ngựa bạch Trường Nguyên", 4);
        String lotId = openLot(product, aLot(aLotCode())).getString("id");
        recordStep(Tokens.producer(product.producer().producerId()), lotId, "harvest", Map.of("quantity", 10));
        String areaId = given().auth().oauth2(Tokens.producer(product.producer().producerId()))
                .contentType("application/json").body(vn.ocop.traceability.support.ValueChain.anArea())
                .post("/growing-areas").then().statusCode(201).extract().path("id");
        return new Fixture(product, lotId, areaId);
    }

    /** Sends one fuzzed request; returns what was wrong with the answer, or null. */
    private String send(JsonNode api, String template, String method, JsonNode operation, Fixture fixture, int i)
            throws Exception {
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                path = path.replace("{" + parameter.path("name").asText() + "}",
                        pathValue(parameter, fixture, i));
            }
        }
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText()) && random.nextInt(3) > 0) {
                query.append(query.length() == 0 ? "?" : "&").append(parameter.path("name").asText()).append('=')
                        .append(encode(scalar(resolve(api, parameter.path("schema")), true).asText()));
            }
        }
        RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false)
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("X-Forwarded-For", "10.250." + random.nextInt(250) + "." + random.nextInt(250))
                .header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.1");
        String token = token(operation, fixture);
        if (token != null) {
            request.auth().oauth2(token);
        }
        JsonNode bodySchema = operation.path("requestBody").path("content");
        String description = method.toUpperCase() + " " + path;
        if (!bodySchema.isMissingNode()) {
            Map.Entry<String, JsonNode> media = bodySchema.fields().next();
            Body body = body(api, media.getKey(), resolve(api, media.getValue().path("schema")), fixture);
            request.contentType(body.contentType()).body(body.bytes());
            description += " [" + body.contentType() + "] " + preview(body.bytes());
        }
        Map<String, Long> before = WRITES.contains(method) ? counts() : null;
        Response response = request.request(method.toUpperCase(), path + query);
        int status = response.statusCode();
        if (status >= 500) {
            return description + " -> " + status + " " + preview(response.asByteArray());
        }
        if (status == 414 || status == 431) {
            // refused by the HTTP codec (request line or headers longer than Vert.x reads) before any handler of the
            // service runs: it answers with an empty body, and nothing can have been written
            return null;
        }
        if (status >= 400) {
            String type = response.contentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                return description + " -> " + status + " not problem+json but " + type;
            }
            JsonNode problem = json.readTree(response.asByteArray());
            if (problem.path("detail").asText("").isBlank() || problem.path("status").asInt() != status) {
                return description + " -> " + status + " problem without a message: " + problem;
            }
            if (before != null && !before.equals(counts())) {
                return description + " -> " + status + " but rows changed: " + before + " -> " + counts();
            }
        }
        return null;
    }

    /** A path parameter: most often a trick, sometimes the fixture's valid id so that deeper code runs. */
    private String pathValue(JsonNode parameter, Fixture fixture, int i) {
        String name = parameter.path("name").asText();
        if (i % 3 == 0) {
            return switch (name) {
                case "lotId" -> fixture.lotId();
                case "productId" -> fixture.product().productId().toString();
                case "id" -> random.nextBoolean() ? fixture.areaId() : fixture.lotId();
                case "path" -> fixture.product().gtin();
                default -> java.util.UUID.randomUUID().toString();
            };
        }
        if (random.nextInt(4) == 0) {
            return encode(NASTY[random.nextInt(NASTY.length)]);
        }
        return PATH_TRICKS[random.nextInt(PATH_TRICKS.length)];
    }

    /**
     * A token of a role the operation allows (the roles its OpenAPI description names: "Roles: a, b."), scoped to the
     * fixture.
     */
    private String token(JsonNode operation, Fixture fixture) {
        java.util.regex.Matcher said = java.util.regex.Pattern.compile("Roles: ([^.]+)\\.")
                .matcher(operation.path("description").asText(""));
        if (!operation.has("security") || !said.find()) {
            return random.nextBoolean() ? null : Tokens.admin();
        }
        String[] roles = said.group(1).split(", ");
        String role = roles[random.nextInt(roles.length)];
        Map<String, Object> claims = new HashMap<>();
        claims.put("producer_id", fixture.product().producer().producerId().toString());
        claims.put("commune_code", fixture.product().producer().communeCode());
        claims.put("province_code", fixture.product().producer().provinceCode());
        claims.put("organisation_id", "fuzz-org");
        claims.put("name", "Fuzz 👩‍👩‍👧‍👦");
        return SharedInfra.jwt().token("fuzz-" + role, Set.of(role), claims, Duration.ofHours(1));
    }

    private record Body(String contentType, byte[] bytes) {
    }

    /** A request body: a plausible document of the schema, then broken one way or another. */
    private Body body(JsonNode api, String mediaType, JsonNode schema, Fixture fixture) throws Exception {
        int kind = random.nextInt(12);
        switch (kind) {
            case 0:
                return new Body(mediaType, new String[] {"{", "[", "{\"a\":}", "\u0000", "{\"a\":1,}", "nul",
                        "{\"a\":\"\\uD800\"}", "", "{}{}", "[" .repeat(5000)}[random.nextInt(10)]
                        .getBytes(StandardCharsets.UTF_8));
            case 1:
                return new Body(random.nextBoolean() ? "text/plain" : "application/xml",
                        "<a>b</a>".getBytes(StandardCharsets.UTF_8));
            case 2:
                return new Body(mediaType, ("{\"pad\":\"" + "x".repeat(300_000) + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
            case 3:
                return new Body(mediaType, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '{', '}'});
            default:
                JsonNode document = value(api, schema, 0, fixture);
                if (document instanceof ObjectNode object) {
                    mutate(object, api, schema, fixture);
                }
                return new Body(mediaType, json.writeValueAsBytes(document));
        }
    }

    /** Breaks one or more properties of a plausible object. */
    private void mutate(ObjectNode object, JsonNode api, JsonNode schema, Fixture fixture) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            String name = names.isEmpty() ? "extra" : names.get(random.nextInt(names.size()));
            JsonNode propertySchema = resolve(api, schema.path("properties").path(name));
            switch (random.nextInt(8)) {
                case 0 -> object.remove(name);
                case 1 -> object.put("unexpected" + c, NASTY[random.nextInt(NASTY.length)]);
                case 2 -> object.set(name, wrongType(object.get(name)));
                case 3 -> object.put(name, "x".repeat(random.nextBoolean() ? 70_000 : 1));
                case 4 -> object.set(name, scalar(propertySchema, true));
                case 5 -> object.putNull(name);
                case 6 -> object.put(name, NASTY[random.nextInt(NASTY.length)]);
                default -> object.set(name, random.nextBoolean()
                        ? JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("-1e400"))
                        : JsonNodeFactory.instance.numberNode(Long.MIN_VALUE));
            }
        }
    }

    private JsonNode wrongType(JsonNode value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null || value.isTextual()) {
            return random.nextBoolean() ? f.numberNode(42) : f.objectNode().put("a", 1);
        }
        if (value.isNumber()) {
            return f.textNode("forty-two");
        }
        if (value.isArray()) {
            return f.textNode("not an array");
        }
        if (value.isObject()) {
            return f.arrayNode().add(1);
        }
        return f.arrayNode();
    }

    /** A plausible value of a schema (bounded depth). */
    private JsonNode value(JsonNode api, JsonNode schema, int depth, Fixture fixture) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        schema = resolve(api, schema);
        String type = schema.path("type").asText("object");
        if (depth > 3) {
            return f.nullNode();
        }
        if ("object".equals(type) || schema.has("properties")) {
            ObjectNode object = f.objectNode();
            schema.path("properties").fields().forEachRemaining(p ->
                    object.set(p.getKey(), value(api, p.getValue(), depth + 1, fixture)));
            return object;
        }
        if ("array".equals(type)) {
            ArrayNode array = f.arrayNode();
            array.add(value(api, schema.path("items"), depth + 1, fixture));
            return array;
        }
        return scalar(schema, false);
    }

    /** A scalar of the schema: valid-looking, or (when {@code broken}) a boundary or invalid one. */
    private JsonNode scalar(JsonNode schema, boolean broken) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String type = schema.path("type").asText("string");
        String format = schema.path("format").asText("");
        if (schema.has("enum")) {
            return broken ? f.textNode(random.nextBoolean() ? "NOT_A_VALUE" : "processor")
                    : schema.path("enum").get(random.nextInt(schema.path("enum").size()));
        }
        if ("integer".equals(type) || "number".equals(type)) {
            if (!broken) {
                return f.numberNode(1 + random.nextInt(5));
            }
            return switch (random.nextInt(6)) {
                case 0 -> f.numberNode(-1);
                case 1 -> f.numberNode(0);
                case 2 -> f.textNode("99999999999999999999999");
                case 3 -> f.numberNode(Integer.MAX_VALUE);
                case 4 -> f.textNode("1.5e3");
                default -> f.textNode("abc");
            };
        }
        if ("boolean".equals(type)) {
            return broken ? f.textNode("yes") : f.booleanNode(true);
        }
        if (!broken) {
            return switch (format) {
                case "uuid" -> f.textNode(java.util.UUID.randomUUID().toString());
                case "date" -> f.textNode(java.time.LocalDate.now().toString());
                case "date-time" -> f.textNode(java.time.OffsetDateTime.now().toString());
                default -> f.textNode("Giá trị " + random.nextInt(100));
            };
        }
        return switch (random.nextInt(7)) {
            case 0 -> f.textNode("not-a-uuid");
            case 1 -> f.textNode("2025-13-45");
            case 2 -> f.textNode("2025-02-30T25:61:00+25:00");
            case 3 -> f.textNode("x".repeat(10_000));
            case 4 -> f.textNode("");
            default -> f.textNode(NASTY[random.nextInt(NASTY.length)]);
        };
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asText();
            current = api.at(ref.substring(1));
        }
        if (current.has("allOf") && current.path("allOf").size() > 0) {
            return resolve(api, current.path("allOf").get(0));
        }
        return current;
    }

    private Map<String, Long> counts() throws Exception {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < TABLES.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(select count(*) from ").append(TABLES.get(i)).append(')');
        }
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql.toString())) {
            row.next();
            for (int i = 0; i < TABLES.size(); i++) {
                counts.put(TABLES.get(i), row.getLong(i + 1));
            }
        }
        return counts;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String preview(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 160), StandardCharsets.UTF_8);
        return text.replaceAll("\\s+", " ") + (bytes.length > 160 ? "…(" + bytes.length + " bytes)" : "");
    }
}
