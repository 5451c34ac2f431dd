package vn.ocop.registry.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.registry.support.Fixtures.PHU_BINH;
import static vn.ocop.registry.support.Fixtures.THAI_NGUYEN;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/**
 * Fuzzes every operation of {@code openapi/registry-service.yaml} (parsed here; no hand list of endpoints) with a
 * token of a role allowed on it: wrong JSON types, missing and extra fields, huge and empty strings, Unicode edge cases
 * (combining marks, RTL overrides, NUL, emoji, 4-byte characters, an unpaired surrogate), negative and huge numbers,
 * invalid UUIDs, dates and enums, malformed JSON, wrong content types, oversized bodies, path traversal and
 * percent-encoding tricks in path parameters. Every answer must be below 500; every 4xx must be problem+json with a
 * detail; a 4xx must write nothing (row counts of the main tables unchanged — the test JVM runs test classes one at a
 * time, and no background job writes these tables). Inputs come from a {@link Random} with a fixed seed
 * ({@code -Dfuzz.seed}); {@code -Dfuzz.iterations} sets the requests per operation.
 */
@QuarkusTest
class OpenApiFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_203L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 10);
    private static final Path SPEC = Path.of("../openapi/registry-service.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONE_SURROGATE = "LONE_SURROGATE_MARK";
    /** Tables a request writes synchronously (no background job inserts into them). */
    private static final List<String> TABLES = List.of("producer", "product", "certificate", "dossier",
            "dossier_attachment", "dossier_transition", "council", "council_conflict", "scoring_round",
            "member_score", "criteria_set", "partner", "partner_key", "sales_point", "programme_target",
            "revenue_report", "linkage_contract", "import_job", "audit_entry", "outbox_event");
    private static final List<String> UNICODE = List.of(
            "e\u0301\u0300\u0323\u0302 Cao ngựa bạch", "\u202Eabc\u202C مرحبا שלום", "a\u0000b", "🍵🐎🇻🇳",
            "𠜎𠜱𝕏𝔘", "\u200B\uFEFF\u2060", "NFD: Phu\u0301 Bi\u0300nh", LONE_SURROGATE, "%00%2e%2e%2f",
            "' or '1'='1", "<script>alert(1)</script>", "\r\n\t", "＄ＩＤ");
    private static final List<String> PATH_TRICKS = List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%00",
            "not-a-uuid", "00000000-0000-0000-0000-00000000000g", "%F0%9F%8D%B5", "%C3%28", "%25", "a%2Fb",
            "00000000-0000-0000-0000-000000000000", "x".repeat(2000), "%20", "-1", "99999999999999999999");

    @Inject
    AgroalDataSource dataSource;

    private final Random random = new Random(SEED);
    private JsonNode spec;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private String apiKey;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private int sent;
    private final List<String> failures = new ArrayList<>();

    @Test
    void everyOperationAnswersMalformedAndBoundaryInputsWithoutServerErrors() throws Exception {
        spec = new ObjectMapper(new YAMLFactory()).readTree(SPEC.toFile());
        fixtures();
        long started = System.nanoTime();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : sorted(spec.path("paths"))) {
            for (Map.Entry<String, JsonNode> method : sorted(path.getValue())) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                operations++;
                String token = tokenFor(method.getKey(), path.getKey(), method.getValue());
                for (int i = 0; i < ITERATIONS; i++) {
                    fuzz(method.getKey(), path.getKey(), method.getValue(), token, i);
                }
            }
        }
        System.out.printf("OpenApiFuzzTest: %d requests to %d operations of the registry (seed %d, %d per "
                        + "operation) in %d ms%n", sent, operations, SEED, ITERATIONS,
                (System.nanoTime() - started) / 1_000_000);
        assertThat(operations).isGreaterThan(50);
        assertThat(failures).as("fuzz findings (seed " + SEED + ")").isEmpty();
    }

    // ---- fixtures the fuzz test owns: ids for path parameters and references in bodies

    private void fixtures() {
        Workflow.ensureCriteriaSet("FOOD");
        UUID producer = aProducer().inCommune(PHU_BINH).create();
        UUID product = aProduct(producer).create();
        UUID certified = aProduct(producer).create();
        UUID certificate = aCertificate(certified).record();
        String producerToken = Tokens.producer(producer);
        UUID dossier = UUID.fromString(Workflow.open(product, producerToken).statusCode(201).extract().path("id"));
        String attachment = Workflow.attach(dossier, "LABEL", Workflow.PDF, "application/pdf", producerToken)
                .statusCode(201).extract().path("id");
        Workflow.Council council = Workflow.council(THAI_NGUYEN, 2);
        var partner = given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("name", "Sàn fuzz " + UUID.randomUUID(), "contactEmail", "fuzz@ocop.test"))
                .post("/partners").then().statusCode(201).extract().jsonPath();
        apiKey = partner.getString("apiKey");
        ids.put("/producers/{id}", producer.toString());
        ids.put("/products/{id}", product.toString());
        ids.put("/catalog/products/{id}", certified.toString());
        ids.put("/certificates/{id}", certificate.toString());
        ids.put("/dossiers/{id}", dossier.toString());
        ids.put("{attachmentId}", attachment);
        ids.put("/councils/{id}", council.id().toString());
        ids.put("/partners/{id}", partner.getString("partner.id"));
        ids.put("{code}", THAI_NGUYEN);
        ids.put("{groupCode}", "FOOD");
        ids.put("{version}", "1");
        ids.put("producerId", producer.toString());
        ids.put("productId", product.toString());
        ids.put("dossierId", dossier.toString());
        ids.put("councilId", council.id().toString());
        tokens.put("admin", Tokens.admin());
        tokens.put("producer", producerToken);
        tokens.put("province-admin", Tokens.provinceAdmin(THAI_NGUYEN));
        tokens.put("commune-officer", Tokens.officer(PHU_BINH));
        tokens.put("council-secretary", Tokens.councilSecretary(THAI_NGUYEN));
        tokens.put("council-member", council.token(0));
        tokens.put("ministry", Tokens.ministry());
    }

    /** The first role (admin first) whose plain request is not refused for its role. */
    private String tokenFor(String method, String path, JsonNode operation) {
        if (!operation.has("security")) {
            return tokens.get("admin");
        }
        for (String token : tokens.values()) {
            try {
                Response response = request(token, contentTypeOf(operation), validBody(operation), method,
                        fillPath(path, Map.of()), validQuery(operation), false);
                if (response.statusCode() != 401 && response.statusCode() != 403) {
                    return token;
                }
            } catch (RuntimeException clientCannotSend) {
                return tokens.get("admin");
            }
        }
        return tokens.get("admin");
    }

    // ---- one fuzzed request

    private void fuzz(String method, String path, JsonNode operation, String token, int iteration) throws SQLException {
        Map<String, String> pathOverrides = new TreeMap<>();
        Map<String, String> query = validQuery(operation);
        String type = contentTypeOf(operation);
        String body = validBody(operation);
        boolean hasBody = operation.has("requestBody");
        List<String> pathParams = params(operation, "path");
        List<String> queryParams = params(operation, "query");
        String what;
        int choice = iteration == 0 ? 0 : random.nextInt(12);
        switch (choice) {
            case 0 -> what = "valid-ish";
            case 1 -> {
                if (pathParams.isEmpty()) {
                    query.put("unknown", pick(UNICODE));
                    what = "unknown query parameter";
                } else {
                    String name = pick(pathParams);
                    String trick = pick(PATH_TRICKS);
                    pathOverrides.put(name, trick);
                    what = "path " + name + "=" + abbreviate(trick);
                }
            }
            case 2 -> {
                if (queryParams.isEmpty()) {
                    query.put("page", "-1");
                    what = "page=-1";
                } else {
                    String name = pick(queryParams);
                    String value = pick(List.of("-1", "0", "99999999999999999999", "2147483648", "1e309", "abc",
                            "2026-13-45", "not-a-uuid", "", "NOT_AN_ENUM", "%00", "x".repeat(3000), pick(UNICODE)));
                    // (a request line over 4 KiB is refused by the HTTP server itself: a plain 414, not ours)
                    query.put(name, value);
                    what = "query " + name + "=" + abbreviate(value);
                }
            }
            case 3, 4, 5, 6, 7 -> {
                if (!hasBody || !type.contains("json")) {
                    query.put("size", "1000000");
                    what = "size=1000000";
                    break;
                }
                JsonNode tree = readTree(body);
                what = mutateTree(tree, choice);
                body = toJson(tree);
            }
            case 8 -> {
                body = pick(List.of("{", "{\"a\":", "[1,2", "nul", "{\"name\": \"x\" \"b\": 1}", "\u0000",
                        "{\"name\":\"\\ud800\"}", "{}}", "\"just a string\"", "[]", "null", "12"));
                type = "application/json";
                what = "malformed JSON " + abbreviate(body);
            }
            case 9 -> {
                type = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/json; charset=latin1", "image/png"));
                what = "content type " + type;
            }
            case 10 -> {
                body = "{\"name\":\"" + "x".repeat(300 * 1024) + "\"}";
                type = "application/json";
                what = "oversized body";
            }
            default -> {
                body = "";
                what = "empty body";
            }
        }
        String target = fillPath(path, pathOverrides);
        Map<String, Long> before = counts();
        Response response;
        try {
            response = request(token, type, hasBody || choice >= 8 ? body : null, method, target, query,
                    !pathOverrides.isEmpty());
        } catch (RuntimeException clientCannotSend) {
            return; // the test client cannot even form this request (e.g. a body it cannot encode as that type)
        }
        sent++;
        int status = response.statusCode();
        String label = method.toUpperCase() + " " + path + " [" + what + "] → " + status;
        if (status >= 500) {
            failures.add(label + ": " + abbreviate(response.asString()));
            return;
        }
        if (status >= 400) {
            String contentType = response.contentType() == null ? "" : response.contentType();
            if (!contentType.startsWith("application/problem+json")) {
                failures.add(label + ": not problem+json but " + contentType + " " + abbreviate(response.asString()));
            } else {
                String detail = response.jsonPath().getString("detail");
                if (detail == null || detail.isBlank()) {
                    failures.add(label + ": problem without detail");
                }
            }
            Map<String, Long> after = counts();
            if (!after.equals(before)) {
                failures.add(label + ": rows changed " + before + " → " + after);
            }
        }
    }

    private String mutateTree(JsonNode tree, int choice) {
        if (!(tree instanceof ObjectNode object) || object.isEmpty()) {
            return "body replaced by an array";
        }
        List<String> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(fields::add);
        String field = pick(fields);
        switch (choice) {
            case 3 -> {
                JsonNode wrong = pick(List.of(NODES.numberNode(42), NODES.textNode("text"), NODES.booleanNode(true),
                        NODES.arrayNode().add(1), NODES.objectNode().put("x", 1), NODES.nullNode()));
                object.set(field, wrong);
                return field + " of the wrong type " + wrong;
            }
            case 4 -> {
                object.remove(field);
                return "without " + field;
            }
            case 5 -> {
                object.put("unexpected_" + random.nextInt(100), "x");
                return "with an unknown field";
            }
            case 6 -> {
                String value = pick(List.of("", " ", "x".repeat(100_000), "9".repeat(400), pick(UNICODE)));
                object.put(field, value);
                return field + "=" + abbreviate(value);
            }
            default -> {
                JsonNode number = pick(List.of(NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE),
                        NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.numberNode(-2147483649L),
                        NODES.numberNode(0.5), NODES.textNode("2026-02-30"), NODES.textNode("NOT_AN_ENUM"),
                        NODES.textNode("00000000-0000-0000-0000-00000000000z")));
                object.set(field, number);
                return field + "=" + number;
            }
        }
    }

    // ---- valid-ish requests from the schema

    private String validBody(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            return toJson(generate(content.path("application/json").path("schema"), "", 0));
        }
        if (content.size() > 0) {
            return "PK\u0003\u0004 not really a file";
        }
        return null;
    }

    private String contentTypeOf(JsonNode operation) {
        Iterator<String> types = operation.path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : "application/json";
    }

    private JsonNode generate(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        if (schema.has("allOf")) {
            return generate(schema.path("allOf").get(0), name, depth);
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return generate(schema.has("oneOf") ? schema.path("oneOf").get(0) : schema.path("anyOf").get(0), name,
                    depth);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size()));
        }
        String type = typeOf(schema);
        if (depth > 4) {
            return NODES.nullNode();
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, JsonNode> p : sorted(schema.path("properties"))) {
                    object.set(p.getKey(), generate(p.getValue(), p.getKey(), depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(generate(schema.path("items"), name, depth + 1));
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(schema.has("minimum") ? schema.path("minimum").asLong() : 1);
            }
            case "number" -> {
                return NODES.numberNode(1.5);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                if (ids.containsKey(name)) {
                    return NODES.textNode(ids.get(name));
                }
                String format = schema.path("format").asText("");
                String pattern = schema.path("pattern").asText("");
                return NODES.textNode(switch (format) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date" -> LocalDate.now().toString();
                    case "date-time" -> "2026-01-01T00:00:00Z";
                    case "email" -> "fuzz@ocop.test";
                    default -> pattern.equals("\\d{2}") ? THAI_NGUYEN : pattern.equals("\\d{5}") ? PHU_BINH
                            : name.toLowerCase().contains("url") ? "https://example.com/hook"
                            : name.toLowerCase().contains("email") ? "fuzz@ocop.test" : "Giá trị thử";
                });
            }
        }
    }

    private Map<String, String> validQuery(JsonNode operation) {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode p : operation.path("parameters")) {
            if (p.path("in").asText().equals("query") && p.path("required").asBoolean(false)) {
                JsonNode value = generate(p.path("schema"), p.path("name").asText(), 0);
                query.put(p.path("name").asText(), value.asText());
            }
        }
        return query;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            schema = spec.at(ref.substring(1));
        }
        return schema;
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static List<String> params(JsonNode operation, String in) {
        List<String> names = new ArrayList<>();
        for (JsonNode p : operation.path("parameters")) {
            if (p.path("in").asText().equals(in)) {
                names.add(p.path("name").asText());
            }
        }
        return names;
    }

    /** The path with the fixtures' ids (by the resource the path starts with), other parameters random UUIDs. */
    private String fillPath(String template, Map<String, String> overrides) {
        String path = template;
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            path = path.replace("{" + o.getKey() + "}", o.getValue());
        }
        for (Map.Entry<String, String> id : ids.entrySet()) {
            String key = id.getKey();
            if (key.startsWith("/") && template.startsWith(key.substring(0, key.indexOf('{')))) {
                path = path.replace("{id}", id.getValue());
            } else if (key.startsWith("{")) {
                path = path.replace(key, id.getValue());
            }
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    // ---- plumbing

    private Response request(String token, String type, String body, String method, String path,
                             Map<String, String> query, boolean rawPath) {
        RequestSpecification request = given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig
                        .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .urlEncodingEnabled(!rawPath).auth().oauth2(token).header("X-API-Key", apiKey)
                .header("Accept", "*/*");
        query.forEach(request::queryParam);
        if (body != null) {
            String text = body.replace(LONE_SURROGATE, "\\ud800");
            // bodies go as UTF-8 bytes; the client encodes forms and multipart itself
            request.contentType(type);
            if (!type.startsWith("multipart/") && !type.startsWith("application/x-www-form-urlencoded")) {
                request.body(text.getBytes(StandardCharsets.UTF_8));
            } else {
                request.body(text);
            }
        }
        return request.request(method.toUpperCase(), path);
    }

    private Map<String, Long> counts() throws SQLException {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < TABLES.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(select count(*) from ").append(TABLES.get(i)).append(")");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(sql.toString())) {
            r.next();
            for (int i = 0; i < TABLES.size(); i++) {
                counts.put(TABLES.get(i), r.getLong(i + 1));
            }
        }
        return counts;
    }

    private static List<Map.Entry<String, JsonNode>> sorted(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        entries.sort(Map.Entry.comparingByKey());
        return entries;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String toJson(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        String clean = text == null ? "" : text.replace("\n", " ");
        return clean.length() > 160 ? clean.substring(0, 160) + "…" : clean;
    }
}
