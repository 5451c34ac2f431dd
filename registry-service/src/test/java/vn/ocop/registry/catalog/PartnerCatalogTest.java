package vn.ocop.registry.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.Tokens;
import vn.ocop.registry.support.Workflow;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aGtin13;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/** The partner catalog through the API: keys, certified-only listing, tombstones, ETag/304, stable cursor paging. */
@QuarkusTest
class PartnerCatalogTest {

    private static final String AN_GIANG = "91";
    private static final String AN_GIANG_COMMUNE = "30292";
    private static final String CAN_THO = "92";
    private static final String CAN_THO_COMMUNE = "31120";
    private static final String CA_MAU = "96";
    private static final String CA_MAU_COMMUNE = "31825";

    @Test
    void shouldListOnlyCurrentlyCertifiedProductsAndTombstoneARevocation() {
        String key = partner(List.of(AN_GIANG), null).getString("apiKey");
        UUID producer = aProducer().inCommune(AN_GIANG_COMMUNE).create();
        UUID threeStars = aProduct(producer).named("Mắm cá linh An Giang").withGtin(aGtin13()).create();
        UUID certificate = aCertificate(threeStars).stars(3).record();
        UUID fourStars = aProduct(producer).named("Đường thốt nốt An Giang").create();
        aCertificate(fourStars).stars(4).record();
        UUID twoStars = aProduct(producer).inGroup("FOOD").create();
        Workflow.ensureCriteriaSet("FOOD");
        UUID dossier = Workflow.toCouncilReview(twoStars, producer, AN_GIANG_COMMUNE);
        Workflow.scoreRound(dossier, Workflow.council(AN_GIANG, 2), Set.of(), 40, 42);
        aProduct(producer).create(); // never certified

        JsonPath page = catalog(key).get("/catalog/products").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.productId", String.class))
                .containsExactlyInAnyOrder(threeStars.toString(), fourStars.toString());
        assertThat(page.getString("items.find { it.productId == '" + threeStars + "' }.province.name"))
                .isEqualTo("An Giang");
        assertThat(page.getString("items.find { it.productId == '" + threeStars + "' }.digitalLink"))
                .contains("/01/0893");
        assertThat(page.getString("items.find { it.productId == '" + fourStars + "' }.qrImageUrl"))
                .endsWith("/products/" + fourStars + "/qr?format=png");
        long syncToken = page.getLong("syncToken");
        catalog(key).get("/catalog/products/" + twoStars).then().statusCode(404);

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Vi phạm an toàn thực phẩm")).post("/certificates/" + certificate + "/revoke")
                .then().statusCode(200);
        JsonPath changes = catalog(key).queryParam("since", syncToken).get("/catalog/changes").then().statusCode(200)
                .extract().jsonPath();
        assertThat(changes.getList("items.kind", String.class)).containsExactly("REMOVED");
        assertThat(changes.getString("items[0].productId")).isEqualTo(threeStars.toString());
        assertThat(changes.getString("items[0].reason")).isEqualTo("REVOKED");
        assertThat(changes.getLong("nextSince")).isGreaterThan(syncToken);
        assertThat(catalog(key).get("/catalog/products").then().extract().jsonPath()
                .getList("items.productId", String.class)).containsExactly(fourStars.toString());
        // another province's partner never sees An Giang
        String other = partner(List.of(CA_MAU), null).getString("apiKey");
        catalog(other).get("/catalog/products/" + fourStars).then().statusCode(404);
        assertThat(catalog(other).queryParam("since", syncToken).get("/catalog/changes").then().extract()
                .<List<Object>>path("items")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeAProductAsSchemaOrgJsonLdThatAProcessorExpands() throws Exception {
        String key = partner(List.of(CA_MAU), null).getString("apiKey");
        String gtin = aGtin13();
        UUID product = aProduct(aProducer().named("HTX Mật ong U Minh").inCommune(CA_MAU_COMMUNE).create())
                .named("Mật ong rừng U Minh").withGtin(gtin).create();
        aCertificate(product).stars(4).record();
        Response response = catalog(key).accept("application/ld+json").get("/catalog/products/" + product);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/ld+json");
        Object document = com.github.jsonldjava.utils.JsonUtils.fromString(response.asString());
        List<Object> expanded = com.github.jsonldjava.core.JsonLdProcessor.expand(document);
        assertThat(expanded).hasSize(1);
        Map<String, Object> node = (Map<String, Object>) expanded.get(0);
        assertThat(node.get("@type")).isEqualTo(List.of("https://schema.org/Product"));
        assertThat(value(node, "https://schema.org/gtin14")).isEqualTo(vn.ocop.contract.Gtin.toGtin14(gtin).orElseThrow());
        assertThat(value(node, "https://schema.org/name")).isEqualTo("Mật ong rừng U Minh");
        Map<String, Object> brand = first(node, "https://schema.org/brand");
        assertThat(value(brand, "https://schema.org/name")).isEqualTo("HTX Mật ong U Minh");
        assertThat(first(node, "https://schema.org/manufacturer")).isNotNull();
        assertThat(value(first(node, "https://schema.org/countryOfOrigin"), "https://schema.org/identifier"))
                .isEqualTo("VN");
        Map<String, Object> certification = first(node, "https://schema.org/hasCertification");
        assertThat(certification.get("@type")).isEqualTo(List.of("https://schema.org/Certification"));
        assertThat(value(first(certification, "https://schema.org/certificationRating"),
                "https://schema.org/ratingValue")).isEqualTo(4);
        assertThat(value(first(certification, "https://schema.org/issuedBy"), "https://schema.org/name"))
                .isEqualTo("UBND tỉnh Thái Nguyên");
        assertThat(value(certification, "https://schema.org/certificationIdentification")).isNotNull();
        assertThat(value(certification, "https://schema.org/expires")).isNotNull();

        Object list = com.github.jsonldjava.utils.JsonUtils.fromString(catalog(key).accept("application/ld+json")
                .get("/catalog/products").then().statusCode(200).extract().asString());
        assertThat(com.github.jsonldjava.core.JsonLdProcessor.expand(list)).hasSize(1);
        catalog(key).accept("application/json").get("/catalog/products/" + product).then()
                .contentType(org.hamcrest.Matchers.startsWith("application/json")).body("stars", is(4));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> node, String property) {
        return ((List<Map<String, Object>>) node.get(property)).get(0);
    }

    private static Object value(Map<String, Object> node, String property) {
        return first(node, property).get("@value");
    }

    @Test
    void shouldAnswer304ForAnUnchangedPageAndItem() {
        String key = partner(List.of(CA_MAU), null).getString("apiKey");
        UUID product = aProduct(aProducer().inCommune(CA_MAU_COMMUNE).create()).create();
        aCertificate(product).record();
        Response first = catalog(key).get("/catalog/products");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Last-Modified")).isNotBlank();
        catalog(key).header("If-None-Match", etag).get("/catalog/products").then().statusCode(304)
                .header("ETag", equalTo(etag));
        String itemTag = catalog(key).get("/catalog/products/" + product).then().statusCode(200).extract()
                .header("ETag");
        catalog(key).header("If-None-Match", itemTag).get("/catalog/products/" + product).then().statusCode(304);
        // a change makes the page new again
        aCertificate(aProduct(aProducer().inCommune(CA_MAU_COMMUNE).create()).create()).record();
        catalog(key).header("If-None-Match", etag).get("/catalog/products").then().statusCode(200);
    }

    @Test
    void shouldListTheNewestValidCertificateAndFilterByItsStarsGroupAndChangeTime() {
        String key = partner(List.of(CAN_THO), null).getString("apiKey");
        UUID producer = aProducer().inCommune(CAN_THO_COMMUNE).create();
        UUID product = aProduct(producer).inGroup("BEVERAGE").create();
        var older = aCertificate(product).stars(3).decidedOn(LocalDate.now().minusDays(400));
        older.record();
        var newer = aCertificate(product).stars(5).decidedOn(LocalDate.now().minusDays(10));
        newer.record();
        var revoked = aCertificate(product).stars(4).decidedOn(LocalDate.now().minusDays(1));
        UUID revokedId = revoked.record();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("reason", "Ghi nhầm"))
                .post("/certificates/" + revokedId + "/revoke").then().statusCode(200);

        catalog(key).get("/catalog/products/" + product).then().statusCode(200)
                .body("stars", equalTo(5)).body("certificate.number", equalTo(newer.body.get("number")))
                .body("group.code", equalTo("BEVERAGE")).body("producer.id", equalTo(producer.toString()))
                .body("commune.code", equalTo(CAN_THO_COMMUNE)).body("province.code", equalTo(CAN_THO));
        assertThat(listed(key, Map.of("stars", 5))).contains(product.toString());
        assertThat(listed(key, Map.of("stars", 3))).doesNotContain(product.toString());
        assertThat(listed(key, Map.of("group", "BEVERAGE"))).contains(product.toString());
        assertThat(listed(key, Map.of("group", "FOOD"))).doesNotContain(product.toString());
        assertThat(listed(key, Map.of("commune", CAN_THO_COMMUNE))).contains(product.toString());
        assertThat(listed(key, Map.of("updatedSince", OffsetDateTime.now().minusHours(1).toString())))
                .contains(product.toString());
        assertThat(listed(key, Map.of("updatedSince", OffsetDateTime.now().plusHours(1).toString())))
                .doesNotContain(product.toString());
    }

    /** The product ids of every page of the partner's catalog with these filters. */
    private static List<String> listed(String key, Map<String, Object> filters) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = catalog(key).queryParams(filters).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/catalog/products").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.productId", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    @Test
    void shouldKeepCursorPagesConsistentWhileProductsAreAdded() {
        String key = partner(List.of(CAN_THO), null).getString("apiKey");
        UUID producer = aProducer().inCommune(CAN_THO_COMMUNE).create();
        Set<String> before = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            UUID product = aProduct(producer).create();
            aCertificate(product).record();
            before.add(product.toString());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = catalog(key).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/catalog/products").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.productId", String.class));
            cursor = page.getString("nextCursor");
            aCertificate(aProduct(producer).create()).record(); // a new product arrives between pages
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates().containsAll(before);
        catalog(key).queryParam("cursor", "not-ours").get("/catalog/products").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldRefuseMissingInvalidAndRevokedKeysAndHonourTheRotationGrace() {
        JsonPath created = partner(null, null);
        String partnerId = created.getString("partner.id");
        String first = created.getString("apiKey");
        given().get("/catalog/products").then().statusCode(401).contentType("application/problem+json");
        catalog(first.substring(0, first.length() - 2) + "xx").get("/catalog/products").then().statusCode(401);
        catalog("not-a-key").get("/catalog/products").then().statusCode(401);

        String second = given().auth().oauth2(Tokens.admin()).post("/partners/" + partnerId + "/keys").then()
                .statusCode(201).extract().path("apiKey");
        catalog(first).get("/catalog/products").then().statusCode(200);
        catalog(second).get("/catalog/products").then().statusCode(200);
        try {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("offset", "PT25H"))
                    .put("/admin/clock").then().statusCode(200);
            catalog(first).get("/catalog/products").then().statusCode(401).body("detail",
                    org.hamcrest.Matchers.containsString("grace"));
            catalog(second).get("/catalog/products").then().statusCode(200);
        } finally {
            given().auth().oauth2(Tokens.admin()).delete("/admin/clock").then().statusCode(200);
        }
        String secondId = given().auth().oauth2(Tokens.admin()).get("/partners/" + partnerId).then()
                .body("keys.size()", is(2)).extract().path("keys.find { it.expiresAt == null }.id");
        given().auth().oauth2(Tokens.admin()).delete("/partners/" + partnerId + "/keys/" + secondId).then()
                .statusCode(200).body("keys.find { it.id == '" + secondId + "' }.active", is(false));
        catalog(second).get("/catalog/products").then().statusCode(401);
        given().auth().oauth2(Tokens.role("province-admin")).get("/partners").then().statusCode(403);
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceTheKeysBudgetIsSpent() {
        String key = partner(List.of(CA_MAU), 3).getString("apiKey");
        for (int i = 0; i < 3; i++) {
            catalog(key).get("/catalog/changes").then().statusCode(200);
        }
        catalog(key).get("/catalog/changes").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("type", endsWith("/rate-limited"));
        String other = partner(List.of(CA_MAU), 3).getString("apiKey");
        catalog(other).get("/catalog/changes").then().statusCode(200);
    }

    private static RequestSpecification catalog(String key) {
        return given().header("X-API-Key", key);
    }

    private static JsonPath partner(List<String> provinces, Integer perMinute) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Sàn thử " + UUID.randomUUID(),
                "contactEmail", "san@ocop.test"));
        if (provinces != null) {
            body.put("provinces", provinces);
        }
        if (perMinute != null) {
            body.put("requestsPerMinute", perMinute);
        }
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).post("/partners")
                .then().statusCode(201).body("apiKey", org.hamcrest.Matchers.startsWith("ocop_")).extract()
                .jsonPath();
    }
}
