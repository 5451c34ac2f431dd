package vn.ocop.registry.dossier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workflow;
import vn.ocop.registry.support.Workflow.Council;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.registry.support.Fixtures.PHU_BINH;
import static vn.ocop.registry.support.Fixtures.THAI_NGUYEN;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/**
 * Every workflow and monitoring endpoint × every caller (no token, each role, and callers of another producer, commune or
 * province) → the expected status. Callers that may act get a fresh fixture each; the others are tried on shared
 * fixtures they must not be able to change. Refused roles get 403; callers in a permitted role but outside the
 * record's scope get 404 for dossiers and rounds (their existence does not leak) and 403 for creating on a product or
 * in a province they do not own.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final List<String> CALLERS = List.of("none", "producer", "other-producer", "officer",
            "other-officer", "council-member", "council-secretary", "province-admin", "other-province-admin",
            "ministry", "admin");

    /** Scoped roles whose token lacks the scope claim of the role. */
    private static final List<String> SCOPELESS = List.of("scopeless-producer", "scopeless-officer",
            "scopeless-council-member", "scopeless-council-secretary", "scopeless-province-admin");

    /** What an endpoint needs: a fixture made fresh per permitted caller, and the call made with a token. */
    private record Endpoint(String name, Supplier<Object> fixture, BiFunction<RequestSpecification, Object, Integer> call,
                            Map<String, Integer> expected) {
    }

    private static final java.util.concurrent.atomic.AtomicInteger TARGET_YEARS =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() % 900));
    private static final byte[] EMPTY_REGISTER = vn.ocop.registry.support.Workbooks.write(Map.of("producers",
            List.of(List.of("ref", "name", "type", "taxCode", "communeCode", "address", "contactName", "phone",
                    "email", "workers"))));

    private static final byte[] IMAGE = vn.ocop.platform.media.CraftedImages.jpeg(64, 48);

    private UUID producer;
    private Council council;

    @TestFactory
    List<DynamicTest> everyEndpointForEveryCaller() {
        Workflow.ensureCriteriaSet("FOOD");
        producer = aProducer().inCommune(PHU_BINH).create();
        council = Workflow.council(THAI_NGUYEN, 2);
        UUID sharedDraft = draft();
        UUID sharedReview = review();
        UUID sharedRound = round(sharedReview);
        String attachment = Workflow.attach(sharedDraft, "LABEL", Workflow.PDF, "application/pdf",
                Tokens.admin()).statusCode(201).extract().header("Location");

        List<Endpoint> endpoints = List.of(
                new Endpoint("POST /dossiers", this::product, (r, product) -> r.contentType(ContentType.JSON)
                        .body(Map.of("productId", product.toString())).post("/dossiers").statusCode(),
                        expect(401, 201, 403, 201, 403, 403, 403, 403, 403, 403, 201)),
                new Endpoint("GET /dossiers", () -> null, (r, x) -> r.get("/dossiers").statusCode(),
                        expect(401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Endpoint("GET /dossiers/{draft}", () -> sharedDraft,
                        (r, d) -> r.get("/dossiers/" + d).statusCode(),
                        expect(401, 200, 404, 200, 404, 404, 404, 200, 404, 200, 200)),
                new Endpoint("GET /dossiers/{under council review}", () -> sharedReview,
                        (r, d) -> r.get("/dossiers/" + d + "/history").statusCode(),
                        expect(401, 200, 404, 200, 404, 200, 200, 200, 404, 200, 200)),
                new Endpoint("PUT /dossiers/{draft}/self-assessment", this::draft,
                        (r, d) -> r.contentType(ContentType.JSON).body(Map.of("version", Workflow.version((UUID) d),
                                "selections", Map.of())).put("/dossiers/" + d + "/self-assessment").statusCode(),
                        expect(401, 200, 404, 200, 404, 403, 403, 403, 403, 403, 200)),
                new Endpoint("POST /dossiers/{draft}/attachments", this::draft,
                        (r, d) -> r.contentType("application/pdf").body(Workflow.PDF).queryParam("kind", "LABEL")
                                .queryParam("version", Workflow.version((UUID) d))
                                .post("/dossiers/" + d + "/attachments").statusCode(),
                        expect(401, 201, 404, 201, 404, 403, 403, 403, 403, 403, 201)),
                new Endpoint("POST /products/{id}/images", this::product,
                        (r, product) -> r.contentType("image/jpeg").body(IMAGE).queryParam("altVi", "Ảnh sản phẩm")
                                .post("/products/" + product + "/images").statusCode(),
                        expect(401, 201, 403, 201, 403, 403, 403, 201, 403, 403, 201)),
                new Endpoint("GET /dossiers/{draft}/attachments/{id}/content", () -> attachment,
                        (r, location) -> r.get((String) location).statusCode(),
                        expect(401, 200, 404, 200, 404, 404, 404, 200, 404, 200, 200)),
                new Endpoint("POST /dossiers/{draft}/transitions → SUBMITTED", this::completeDraft,
                        (r, d) -> transition(r, (UUID) d, "SUBMITTED"),
                        expect(401, 200, 404, 200, 404, 404, 404, 403, 404, 403, 200)),
                new Endpoint("POST /dossiers/{submitted}/transitions → COMMUNE_REVIEW", this::submitted,
                        (r, d) -> transition(r, (UUID) d, "COMMUNE_REVIEW"),
                        expect(401, 403, 404, 200, 404, 404, 404, 403, 404, 403, 200)),
                new Endpoint("POST /councils (Thái Nguyên)", () -> null, (r, x) -> r.contentType(ContentType.JSON)
                        .body(Map.of("level", "PROVINCIAL", "provinceCode", THAI_NGUYEN, "name", "Hội đồng",
                                "members", List.of(Map.of("subject", "a-" + UUID.randomUUID(), "fullName", "A",
                                        "chair", true), Map.of("subject", "b-" + UUID.randomUUID(),
                                        "fullName", "B", "chair", false))))
                        .post("/councils").statusCode(),
                        expect(401, 403, 403, 403, 403, 403, 403, 201, 403, 403, 201)),
                new Endpoint("GET /councils/{id}", () -> council, (r, c) -> r.get("/councils/" + council.id())
                        .statusCode(), expect(401, 403, 403, 403, 403, 200, 200, 200, 404, 200, 200)),
                new Endpoint("POST /scoring-rounds", this::review, (r, d) -> r.contentType(ContentType.JSON)
                        .body(Map.of("dossierId", d.toString(), "councilId", council.id().toString(),
                                "presentMemberIds", council.memberIds().stream().map(UUID::toString).toList()))
                        .post("/scoring-rounds").statusCode(),
                        expect(401, 403, 403, 403, 403, 403, 201, 201, 404, 403, 201)),
                new Endpoint("GET /scoring-rounds/{id}", () -> sharedRound,
                        (r, id) -> r.get("/scoring-rounds/" + id).statusCode(),
                        expect(401, 200, 404, 200, 404, 200, 200, 200, 404, 200, 200)),
                new Endpoint("POST /scoring-rounds/{id}/scores", () -> round(review()),
                        (r, id) -> r.contentType(ContentType.JSON).body(Map.of("selections", Workflow.selections(
                                Workflow.criteriaSet("FOOD", currentFoodVersion(id)), 60, java.util.Set.of())))
                                .post("/scoring-rounds/" + id + "/scores").statusCode(),
                        expect(401, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403)),
                new Endpoint("POST /certificates (legacy record)", this::product, (r, product) -> r
                        .contentType(ContentType.JSON).body(Map.of("productId", product.toString(), "number",
                                "QĐ-" + UUID.randomUUID(), "stars", 3, "issuingAuthority", "UBND tỉnh Thái Nguyên",
                                "decisionDate", java.time.LocalDate.now().minusDays(1).toString()))
                        .post("/certificates").statusCode(),
                        expect(401, 403, 403, 403, 403, 403, 403, 201, 403, 403, 201)),
                new Endpoint("POST /certificates/{id}/revoke", this::certificate, (r, c) -> r
                        .contentType(ContentType.JSON).body(Map.of("reason", "Vi phạm cam kết chất lượng"))
                        .post("/certificates/" + c + "/revoke").statusCode(),
                        expect(401, 403, 403, 403, 403, 403, 403, 200, 403, 403, 200)),
                new Endpoint("GET /certificates/{id}/pdf (public)", this::certificate,
                        (r, c) -> r.get("/certificates/" + c + "/pdf").statusCode(),
                        expect(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200)),
                new Endpoint("POST /certificates/expiry-runs", () -> null,
                        (r, x) -> r.post("/certificates/expiry-runs").statusCode(),
                        expect(401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200)),
                new Endpoint("GET /partners", () -> null, (r, x) -> r.get("/partners").statusCode(),
                        expect(401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200)),
                new Endpoint("POST /partners", () -> null, (r, x) -> r.contentType(ContentType.JSON)
                        .body(Map.of("name", "Sàn " + UUID.randomUUID(), "contactEmail", "san@ocop.test"))
                        .post("/partners").statusCode(),
                        expect(401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 201)),
                new Endpoint("GET /audit-entries", () -> null, (r, x) -> r.get("/audit-entries").statusCode(),
                        expect(401, 403, 403, 403, 403, 403, 403, 200, 200, 403, 200)),
                new Endpoint("GET /indicators (national)", () -> null, (r, x) -> r.get("/indicators").statusCode(),
                        expect(401, 403, 403, 403, 403, 403, 403, 403, 403, 200, 200)),
                new Endpoint("GET /indicators?province=19", () -> null, (r, x) -> r.queryParam("province", THAI_NGUYEN)
                        .get("/indicators").statusCode(), expect(401, 403, 403, 403, 403, 403, 403, 200, 403, 200, 200)),
                new Endpoint("GET /indicators/communes?province=19", () -> null, (r, x) -> r
                        .queryParam("province", THAI_NGUYEN).get("/indicators/communes").statusCode(),
                        expect(401, 403, 403, 403, 403, 403, 403, 200, 403, 200, 200)),
                new Endpoint("GET /indicators/export?province=19", () -> null, (r, x) -> r
                        .queryParam("province", THAI_NGUYEN).queryParam("format", "csv").get("/indicators/export")
                        .statusCode(), expect(401, 403, 403, 403, 403, 403, 403, 200, 403, 200, 200)),
                new Endpoint("GET /provinces/19/targets", () -> null, (r, x) -> r
                        .get("/provinces/" + THAI_NGUYEN + "/targets").statusCode(),
                        expect(401, 403, 403, 403, 403, 403, 403, 200, 403, 200, 200)),
                new Endpoint("POST /provinces/19/targets", () -> 1000 + TARGET_YEARS.incrementAndGet(), (r, year) -> r
                        .contentType(ContentType.JSON).body(Map.of("periodStart", year + "-01-01", "periodEnd",
                                year + "-12-31", "indicator", "sales_points", "comparator", "GTE", "value", 1))
                        .post("/provinces/" + THAI_NGUYEN + "/targets").statusCode(),
                        expect(401, 403, 403, 403, 403, 403, 403, 201, 403, 201, 201)),
                new Endpoint("POST /products/{id}/revenue-reports", this::product, (r, product) -> r
                        .contentType(ContentType.JSON).body(Map.of("year", 2024, "revenueVnd", 1_000_000))
                        .post("/products/" + product + "/revenue-reports").statusCode(),
                        expect(401, 201, 403, 201, 403, 403, 403, 201, 403, 403, 201)),
                new Endpoint("POST /products/{id}/linkage-contracts", this::product, (r, product) -> r
                        .contentType(ContentType.JSON).body(Map.of("partnerName", "HTX Thu mua", "role", "BUYER",
                                "validFrom", "2025-01-01")).post("/products/" + product + "/linkage-contracts")
                        .statusCode(), expect(401, 201, 403, 201, 403, 403, 403, 201, 403, 403, 201)),
                new Endpoint("GET /registers/export?province=19", () -> null, (r, x) -> r
                        .queryParam("province", THAI_NGUYEN).queryParam("format", "csv").get("/registers/export")
                        .statusCode(), expect(401, 403, 403, 200, 200, 403, 403, 200, 403, 200, 200)),
                new Endpoint("GET /imports/template.xlsx", () -> null, (r, x) -> r.get("/imports/template.xlsx")
                        .statusCode(), expect(401, 403, 403, 403, 403, 403, 403, 200, 200, 403, 200)),
                new Endpoint("POST /imports (headers only)", () -> null, (r, x) -> r
                        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .body(EMPTY_REGISTER).post("/imports").statusCode(),
                        expect(401, 403, 403, 403, 403, 403, 403, 202, 202, 403, 202)));

        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints) {
            for (String caller : CALLERS) {
                int expected = e.expected().get(caller);
                tests.add(DynamicTest.dynamicTest(e.name() + " × " + caller + " → " + expected, () -> {
                    boolean permitted = expected / 100 == 2;
                    Object fixture = permitted ? e.fixture().get() : sharedFixture(e);
                    int status = e.call().apply(request(caller), fixture);
                    assertThat(status).as(e.name() + " as " + caller).isEqualTo(expected);
                }));
            }
            // fail closed: a scoped role without its scope claim is refused everywhere, whatever its role may do
            for (String caller : SCOPELESS) {
                tests.add(DynamicTest.dynamicTest(e.name() + " × " + caller + " → 403", () -> {
                    int status = e.call().apply(request(caller), sharedFixture(e));
                    assertThat(status).as(e.name() + " as " + caller).isEqualTo(403);
                }));
            }
        }
        return tests;
    }

    /** Refused callers try the endpoint on a fixture made once per endpoint. */
    private final Map<String, Object> shared = new LinkedHashMap<>();

    private Object sharedFixture(Endpoint e) {
        return shared.computeIfAbsent(e.name(), k -> e.fixture().get());
    }

    private RequestSpecification request(String caller) {
        String token = switch (caller) {
            case "none" -> null;
            case "producer" -> Tokens.producer(producer);
            case "other-producer" -> Tokens.producer(UUID.randomUUID());
            case "officer" -> Tokens.officer(PHU_BINH);
            case "other-officer" -> Tokens.officer("01843");
            case "council-member" -> council.token(0);
            case "council-secretary" -> Tokens.councilSecretary(THAI_NGUYEN);
            case "province-admin" -> Tokens.provinceAdmin(THAI_NGUYEN);
            case "other-province-admin" -> Tokens.provinceAdmin("01");
            case "ministry" -> Tokens.ministry();
            case "admin" -> Tokens.admin();
            case "scopeless-producer" -> Tokens.withClaims("p-" + UUID.randomUUID(), "producer", Map.of());
            case "scopeless-officer" -> Tokens.withClaims("o-" + UUID.randomUUID(), "commune-officer", Map.of());
            case "scopeless-council-member" -> Tokens.withClaims(council.subjects().get(0), "council-member",
                    Map.of());
            case "scopeless-council-secretary" -> Tokens.withClaims("s-" + UUID.randomUUID(), "council-secretary",
                    Map.of());
            case "scopeless-province-admin" -> Tokens.withClaims("a-" + UUID.randomUUID(), "province-admin",
                    Map.of());
            default -> throw new IllegalArgumentException(caller);
        };
        return token == null ? given() : given().auth().oauth2(token);
    }

    private static Map<String, Integer> expect(int... statuses) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < CALLERS.size(); i++) {
            map.put(CALLERS.get(i), statuses[i]);
        }
        return map;
    }

    private static int transition(RequestSpecification r, UUID dossier, String to) {
        return r.contentType(ContentType.JSON).body(Map.of("to", to, "version", Workflow.version(dossier)))
                .post("/dossiers/" + dossier + "/transitions").statusCode();
    }

    private int currentFoodVersion(Object roundId) {
        String dossier = given().auth().oauth2(Tokens.admin()).get("/scoring-rounds/" + roundId).then().extract()
                .path("dossierId");
        return Workflow.dossier(UUID.fromString(dossier)).getInt("criteriaVersion");
    }

    private Object product() {
        return aProduct(producer).inGroup("FOOD").create();
    }

    private UUID certificate() {
        return vn.ocop.registry.support.Fixtures.aCertificate((UUID) product()).record();
    }

    private UUID draft() {
        return UUID.fromString(Workflow.open((UUID) product(), Tokens.admin()).statusCode(201).extract().path("id"));
    }

    private UUID completeDraft() {
        return Workflow.completeDraft((UUID) product(), producer, 60);
    }

    private UUID submitted() {
        UUID d = completeDraft();
        Workflow.move(d, "SUBMITTED", null, Tokens.admin()).statusCode(200);
        return d;
    }

    private UUID review() {
        return Workflow.toCouncilReview((UUID) product(), producer, PHU_BINH);
    }

    private UUID round(UUID dossier) {
        return UUID.fromString(Workflow.openRound(dossier, council, council.memberIds(), Tokens.admin())
                .statusCode(201).extract().path("id"));
    }
}
