package vn.ocop.traceability.resolver;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.support.Checkers;
import vn.ocop.traceability.support.Scans.Item;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.publish;
import static vn.ocop.traceability.support.ResolverTestResource.BASE_URL;
import static vn.ocop.traceability.support.Scans.BROWSER_ACCEPT;
import static vn.ocop.traceability.support.Scans.aCertifiedProduct;
import static vn.ocop.traceability.support.Scans.aCertifiedProductWithLot;
import static vn.ocop.traceability.support.TestData.aGtin13;
import static vn.ocop.traceability.support.TestData.aProduct;
import static vn.ocop.traceability.support.TraceRecords.awaitRecord;

/**
 * The resolver against the GS1-Conformant Resolver Standard 1.2: one test (or more) per conformance statement claimed
 * in the OpenAPI description of the Resolver tag.
 */
@QuarkusTest
class DigitalLinkResolverTest {

    static final String LINKSET_REL = "rel=\"linkset\"; type=\"application/linkset+json\"";
    static final String JSON_LD_CONTEXT = "<https://ref.gs1.org/standards/resolver/linkset-context>; "
            + "rel=\"http://www.w3.org/ns/json-ld#context\"";

    // --- GET, HEAD, OPTIONS, CORS; default link; query string -------------------------------------------------------

    @Test
    void shouldRedirectABrowserWith307ToTheScanPagePassingTheQueryStringOn() {
        Item item = aCertifiedProductWithLot("Cao ngựa bạch Hoan Hoa", "L26-" + shortId());
        String lotPath = item.productPath() + "/10/" + item.lot().lotCode;

        noRedirects().accept(BROWSER_ACCEPT).queryParam("utm_source", "tem").queryParam("17", "280301")
                .when().get(lotPath)
                .then().statusCode(307)
                .header("Location", equalTo(BASE_URL + "/scan" + lotPath + "?utm_source=tem&17=280301"));
    }

    @Test
    void shouldRedirectFromMemoryAsItRedirectsAfterReading() {
        Item item = aCertifiedProductWithLot("Mật ong bạc hà Mèo Vạc", "L26-" + shortId());
        String lotPath = item.productPath() + "/10/" + item.lot().lotCode;

        // the first request reads product and lot on a worker thread; the next ones find them in memory and are
        // answered on the I/O thread, for the lot, a serial of it and the product
        for (String path : List.of(lotPath, lotPath + "/21/ABCDEFGH23", item.productPath())) {
            Response read = noRedirects().accept(BROWSER_ACCEPT).queryParam("utm_source", "tem").when().get(path);
            Response fromMemory = noRedirects().accept(BROWSER_ACCEPT).queryParam("utm_source", "tem").when().get(path);

            assertThat(read.statusCode()).as(path).isEqualTo(307);
            assertThat(fromMemory.statusCode()).as(path).isEqualTo(307);
            assertThat(fromMemory.header("Location")).isEqualTo(read.header("Location"))
                    .isEqualTo(BASE_URL + "/scan" + path + "?utm_source=tem");
            assertThat(fromMemory.header("Link")).isEqualTo(read.header("Link")).contains(LINKSET_REL);
            assertThat(fromMemory.header("Vary")).isEqualTo(read.header("Vary"));
        }
        // a lot never opened still walks up to the product (its trace in memory or not)
        noRedirects().accept(BROWSER_ACCEPT).when().get(item.productPath() + "/10/NEVER-" + shortId())
                .then().statusCode(307).header("Location", equalTo(BASE_URL + "/scan" + item.productPath()));
    }

    @Test
    void shouldRedirectAClientWithoutPreferenceToTheDefaultLink() {
        Item item = aCertifiedProduct("Miến dong Bình Liêu");

        noRedirects().header("Accept", "*/*").when().get(item.productPath())
                .then().statusCode(307).header("Location", equalTo(BASE_URL + "/scan" + item.productPath()));
    }

    @Test
    void shouldAnswerHeadLikeGetWithoutABody() {
        Item item = aCertifiedProduct("Chè Tân Cương");

        Response head = noRedirects().accept(BROWSER_ACCEPT).when().head(item.productPath());

        assertThat(head.statusCode()).isEqualTo(307);
        assertThat(head.header("Location")).isEqualTo(BASE_URL + "/scan" + item.productPath());
        assertThat(head.header("Link")).contains(LINKSET_REL);
        assertThat(head.asByteArray()).isEmpty();
        noRedirects().accept(ContentType.JSON).when().head(item.productPath()).then().statusCode(200);
    }

    @Test
    void shouldAnswerOptionsWithTheAllowedMethodsAndACorsPreflight() {
        Item item = aCertifiedProduct("Mì Chũ");

        noRedirects().header("Origin", "https://shop.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Accept")
                .when().options(item.productPath() + "/10/LOT1")
                .then().statusCode(204)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"))
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Methods", containsString("HEAD"))
                .header("Access-Control-Allow-Headers", containsString("Accept"));
    }

    @Test
    void shouldAllowAnyOriginAndExposeTheLinkAndLocationHeaders() {
        Item item = aCertifiedProduct("Gạo Bao Thai");

        for (Response response : List.of(
                noRedirects().header("Origin", "https://app.example").accept(BROWSER_ACCEPT).get(item.productPath()),
                noRedirects().header("Origin", "https://app.example").accept(ContentType.JSON).get(item.productPath()),
                noRedirects().header("Origin", "https://app.example").accept(ContentType.JSON).get("/01/12345"))) {
            assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(response.header("Access-Control-Expose-Headers")).contains("Link", "Location");
        }
    }

    @Test
    void shouldTolerateATrailingSlashAndNormaliseAShortGtin() {
        Item item = aCertifiedProductWithLot("Chè búp", "LOT-" + shortId());

        noRedirects().accept(BROWSER_ACCEPT).when().get("/01/" + item.gtin13() + "/")
                .then().statusCode(307).header("Location", equalTo(BASE_URL + "/scan" + item.productPath()));
        noRedirects().accept(BROWSER_ACCEPT).when().get(item.productPath() + "/10/" + item.lot().lotCode + "/")
                .then().statusCode(307)
                .header("Location", equalTo(BASE_URL + "/scan" + item.productPath() + "/10/" + item.lot().lotCode));
        noRedirects().accept(ContentType.JSON).when().get(item.productPath() + "/")
                .then().statusCode(200).body("gtin", equalTo(item.gtin14()));
    }

    // --- 400 for malformed URIs, 404 for unknown items, never 200 for an error --------------------------------------

    @Test
    void shouldRejectMalformedDigitalLinksWith400() {
        Item item = aCertifiedProduct("Bánh cuốn Phủ Lý");
        String g = item.gtin14();
        String badCheckDigit = g.substring(0, 13) + ((g.charAt(13) - '0' + 1) % 10);
        Map<String, String> cases = Map.of(
                "/01/" + badCheckDigit, "gtin",
                "/01/12345", "gtin",
                "/01/" + g + "/21/S1/10/L1", "path",
                "/01/" + g + "/22/V1", "path",
                "/01/" + g + "/10/L1/10/L2", "path",
                "/01/" + g + "/10", "path",
                "/01/" + g + "/10/LOT%20A", "lot",
                "/01/" + g + "/10/L%C3%A9", "lot",
                "/01/" + g + "/21/" + "S".repeat(21), "serial",
                "/01/" + g + "/10/L%C3", "lot");

        cases.forEach((path, field) -> {
            for (String accept : List.of("application/json", BROWSER_ACCEPT)) {
                Response response = noRedirects().urlEncodingEnabled(false).accept(accept).get(path);
                assertThat(response.statusCode()).as("%s (%s)", path, accept).isEqualTo(400);
                assertThat(response.header("Link")).as("no Link header (no linkset) for %s", path).isNull();
                if (accept.equals("application/json")) {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.jsonPath().getString("errors[0].field")).as(path).isEqualTo(field);
                } else {
                    assertThat(response.asString()).contains("Mã không hợp lệ");
                }
            }
        });
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownGtin() {
        Item item = aCertifiedProductWithLot("Nước mắm Cát Hải", "LOT-" + shortId());
        String unknownGtin = "/01/" + aGtin13();

        // (an unknown lot of a known GTIN is walked up from: ResolverConformanceTest)
        for (String path : List.of(unknownGtin, unknownGtin + "/10/NO-SUCH-LOT",
                unknownGtin + "/10/NO-SUCH-LOT/21/S1")) {
            noRedirects().accept(ContentType.JSON).get(path).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
            noRedirects().queryParam("linkType", "linkset").get(path).then().statusCode(404);
            String page = noRedirects().accept(BROWSER_ACCEPT).get(path).then().statusCode(404)
                    .contentType(ContentType.HTML).extract().asString();
            assertThat(page).contains("Không tìm thấy");
        }
        noRedirects().accept(BROWSER_ACCEPT).get("/scan" + item.productPath() + "/10/NO-SUCH-LOT")
                .then().statusCode(404);
    }

    @Test
    void shouldAnswerNotFoundListingTheAvailableLinkTypesWhenTheRequestedOneIsMissing() {
        Item item = aCertifiedProduct("Mật ong bạc hà");

        for (String linkType : List.of("gs1:traceability", "gs1:recipeInfo", "schema:offers")) {
            noRedirects().queryParam("linkType", linkType).when().get(item.productPath())
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("linkType"))
                    .body("errors[0].message", containsString("gs1:pip"))
                    .body("errors[0].message", containsString("gs1:certificationInfo"))
                    .body("errors[0].message", containsString("linkset"));
        }
    }

    // --- linkType selection ----------------------------------------------------------------------------------------

    @Test
    void shouldRedirectToTheRequestedLinkTypeFromTheItemUpToItsProduct() {
        Item item = aCertifiedProductWithLot("Cao ngựa bạch Trường Nguyên", "L-" + shortId());
        String lotPath = item.productPath() + "/10/" + item.lot().lotCode;
        String certificateId = awaitRecord(item.product().productId(), r -> true).getString("certificate.id");

        assertThat(redirectFor(lotPath, "gs1:pip")).isEqualTo(BASE_URL + "/scan" + lotPath + "?linkType=gs1%3Apip");
        assertThat(redirectFor(lotPath, "gs1:defaultLink")).startsWith(BASE_URL + "/scan" + lotPath + "?");
        assertThat(redirectFor(lotPath, "gs1:traceability"))
                .startsWith(BASE_URL + "/lots/" + item.lot().id + "/epcis?linkType=");
        assertThat(redirectFor(lotPath, "https://ref.gs1.org/voc/traceability"))
                .startsWith(BASE_URL + "/lots/" + item.lot().id + "/epcis?");
        assertThat(redirectFor(lotPath, "gs1:epcis")).startsWith(BASE_URL + "/lots/" + item.lot().id + "/events?");
        assertThat(redirectFor(lotPath + "/21/U1", "https://gs1.org/voc/certificationInfo"))
                .startsWith("http://localhost:8081/certificates/" + certificateId + "/pdf?");
        assertThat(redirectFor(lotPath + "/21/U1", "gs1:verificationService"))
                .startsWith(BASE_URL + "/scan" + lotPath + "/21/U1?");
    }

    // --- linkset ---------------------------------------------------------------------------------------------------

    @Test
    void shouldServeTheLinksetForLinkTypeLinksetAllAndTheAcceptHeader() {
        Item item = aCertifiedProductWithLot("Chè Hoàng Bình", "TB/" + shortId());
        String lot = item.lot().lotCode.replace("/", "%2F");
        String serialPath = "/01/" + item.gtin13() + "/10/" + lot + "/21/U%2B7";
        String canonical = BASE_URL + item.productPath() + "/10/" + lot + "/21/U%2B7";

        List<String> bodies = new ArrayList<>();
        for (RequestSpecification request : List.of(noRedirects().queryParam("linkType", "linkset"),
                noRedirects().queryParam("linkType", "all"),
                noRedirects().accept("application/linkset+json"))) {
            Response response = request.urlEncodingEnabled(false).get(serialPath);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("application/linkset+json");
            assertThat(response.header("Link")).contains("<" + canonical + "?linkType=linkset>; " + LINKSET_REL);
            bodies.add(response.asString());
        }
        assertThat(bodies).allSatisfy(body -> assertThat(body).isEqualTo(bodies.get(0)));

        Checkers.Validation validation = Checkers.validateJson(Checkers.LINKSET_SCHEMA, bodies.get(0));
        assertThat(validation.valid()).as("linkset schema violations: %s", validation.errors()).isTrue();

        JsonPath linkset = JsonPath.from(bodies.get(0));
        assertThat(linkset.getList("linkset.anchor", String.class)).containsExactly(canonical,
                BASE_URL + item.productPath() + "/10/" + lot, BASE_URL + item.productPath());
        for (int level = 0; level < 3; level++) {
            assertThat(linkset.getString("linkset[" + level + "].itemDescription")).contains("Chè Hoàng Bình");
            assertThat(linkset.getList("linkset[" + level + "].'https://gs1.org/voc/defaultLink'")).hasSize(1);
            assertThat(linkset.getList("linkset[" + level + "].findAll { it.key != 'anchor' && "
                    + "it.key != 'itemDescription' }.collectMany { it.value }.findAll { !it.href || !it.title }"))
                    .as("links without href or title").isEmpty();
        }
        assertThat(linkset.getString("linkset[0].'https://gs1.org/voc/verificationService'[0].href"))
                .isEqualTo(BASE_URL + "/scan" + item.productPath() + "/10/" + lot + "/21/U%2B7");
        assertThat(linkset.getString("linkset[1].'https://gs1.org/voc/traceability'[0].href"))
                .isEqualTo(BASE_URL + "/lots/" + item.lot().id + "/epcis");
        assertThat(linkset.getString("linkset[2].'https://gs1.org/voc/certificationInfo'[0].title"))
                .contains("OCOP-TN-2025-");
        assertThat(linkset.getString("linkset[2].'https://gs1.org/voc/pip'[0].type")).isEqualTo("text/html");
    }

    @Test
    void shouldEmbedTheJsonLdContextForJsonLdClients() {
        Item item = aCertifiedProduct("Trà hoa vàng");

        noRedirects().accept("application/ld+json").when().get(item.productPath())
                .then().statusCode(200).contentType(containsString("application/ld+json"))
                .body("'@context'", equalTo("https://ref.gs1.org/standards/resolver/linkset-context"))
                .body("linkset[0].anchor", equalTo(BASE_URL + item.productPath()));
    }

    @Test
    void shouldPutTheLinksetLinkHeaderOnEveryResponseIncludingRedirectsAndErrors() {
        Item item = aCertifiedProduct("Nem chua Thanh Hóa");
        String expected = "<" + BASE_URL + item.productPath() + "?linkType=linkset>; " + LINKSET_REL;

        List<Response> responses = List.of(
                noRedirects().accept(BROWSER_ACCEPT).get("/01/" + item.gtin13()),
                noRedirects().queryParam("linkType", "gs1:certificationInfo").get(item.productPath()),
                noRedirects().queryParam("linkType", "linkset").get(item.productPath()),
                noRedirects().accept(ContentType.JSON).get(item.productPath()),
                noRedirects().queryParam("linkType", "gs1:traceability").get(item.productPath()),
                noRedirects().accept(BROWSER_ACCEPT).get("/scan" + item.productPath()),
                noRedirects().options(item.productPath()));
        assertThat(responses).extracting(Response::statusCode).containsExactly(307, 307, 200, 200, 404, 200, 204);
        assertThat(responses).allSatisfy(r -> assertThat(r.header("Link")).contains(expected, JSON_LD_CONTEXT));
    }

    // --- description file ------------------------------------------------------------------------------------------

    @Test
    void shouldDescribeTheResolverAtTheWellKnownAddress() {
        noRedirects().when().get("/.well-known/gs1resolver")
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .body("resolverRoot", equalTo(BASE_URL))
                .body("supportedPrimaryKeys", hasItems("01"))
                .body("supportedLinkType[0].namespace", equalTo("https://gs1.org/voc/"))
                .body("supportedLinkType[0].prefix", equalTo("gs1:"))
                .body("linkTypeDefaultCanBeLinkset", equalTo(false))
                .body("jsonLdContextLocation", equalTo("https://ref.gs1.org/standards/resolver/linkset-context"))
                .body("name", containsString("OCOP"));
    }

    // --- JSON for apps, and every URI we emit parsed by GS1's digital-link.js --------------------------------------

    @Test
    void shouldAnswerAppsWithTheScanRecordKeepingTheTraceRecordFields() {
        Item item = aCertifiedProductWithLot("Cao ngựa bạch Trường Nguyên", "L-" + shortId());

        noRedirects().accept(ContentType.JSON).when().get("/01/" + item.gtin13())
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("productId", equalTo(item.product().productId().toString()))
                .body("gtin", equalTo(item.gtin14()))
                .body("digitalLink", equalTo(BASE_URL + item.productPath()))
                .body("uri", equalTo(BASE_URL + item.productPath()))
                .body("stars", equalTo(4))
                .body("certificate.status", equalTo("VALID"))
                .body("producer.name", equalTo("Hộ kinh doanh Hoàng Văn Hoan"))
                .body("location.provinceName", equalTo("Thái Nguyên"))
                .body("qr.png", containsString("/qr?format=png"))
                .body("lot", equalTo(null));

        noRedirects().accept(ContentType.JSON).when().get(item.productPath() + "/10/" + item.lot().lotCode)
                .then().statusCode(200)
                .body("lot.lotCode", equalTo(item.lot().lotCode))
                .body("lot.productionDate", equalTo("2026-03-02"))
                .body("lot.eventCount", equalTo(3))
                .body("lot.timeline.bizStep", contains("commissioning", "transforming", "shipping"))
                .body("lot.timeline[0].eventTime", equalTo("2026-03-01T09:00:00+07:00"))
                .body("lot.timeline[2].eventTime", equalTo("2026-03-05T11:00:00+09:00"))
                .body("lot.timeline[0].where", equalTo("Đồng cỏ xóm Phẩm, Phú Bình"))
                .body("lot.growingArea.subject", equalTo("Ngựa bạch"))
                .body("serial", equalTo(null));
    }

    @Test
    void shouldEmitOnlyUrisThatGs1DigitalLinkJsParses() {
        Item item = aCertifiedProductWithLot("Măng khô Bắc Kạn", "A/B-" + shortId());
        String lot = item.lot().lotCode.replace("/", "%2F");
        List<String> emitted = new ArrayList<>();
        emitted.addAll(noRedirects().urlEncodingEnabled(false).queryParam("linkType", "linkset")
                .get(item.productPath() + "/10/" + lot + "/21/S%2F1").jsonPath()
                .getList("linkset.anchor", String.class));
        emitted.addAll(noRedirects().queryParam("linkType", "linkset")
                .get("/01/" + item.gtin13() + "/21/X9").jsonPath().getList("linkset.anchor", String.class));
        JsonPath lotRecord = noRedirects().urlEncodingEnabled(false).accept(ContentType.JSON)
                .get(item.productPath() + "/10/" + lot).jsonPath();
        emitted.add(lotRecord.getString("uri"));
        emitted.add(lotRecord.getString("digitalLink"));
        emitted.add(lotRecord.getString("lot.digitalLink"));
        // (issued serials' URIs, from the serial list and CSV, are parsed in SerialExportTest; S/1 is not issued)

        List<Checkers.ParsedLink> parsed = Checkers.parseDigitalLinks(emitted);

        assertThat(parsed).hasSize(emitted.size()).allSatisfy(p -> {
            assertThat(p.valid()).as("digital-link.js rejects %s", p.uri()).isTrue();
            assertThat(p.identifier().path("01").asText()).isEqualTo(item.gtin14());
        });
        // digital-link.js reports qualifier values as they appear in the URI, still percent-encoded
        assertThat(decoded(parsed.get(0).keyQualifiers().path("10").asText())).isEqualTo(item.lot().lotCode);
        assertThat(decoded(parsed.get(0).keyQualifiers().path("21").asText())).isEqualTo("S/1");
        assertThat(parsed.get(3).keyQualifiers().has("10")).isFalse();
        assertThat(parsed.get(3).keyQualifiers().path("21").asText()).isEqualTo("X9");
    }

    @Test
    void shouldKeepTheInternalPathOfAProductWithoutGtin() {
        ProductData product = aProduct().named("Gạo nếp cái hoa vàng").build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product));
        awaitRecord(product.productId(), r -> true);

        noRedirects().accept(ContentType.JSON).when().get("/p/{id}", product.productId())
                .then().statusCode(200)
                .body("name", equalTo("Gạo nếp cái hoa vàng"))
                .body("gtin", equalTo(null))
                .body("digitalLink", equalTo(BASE_URL + "/p/" + product.productId()));
        String page = noRedirects().accept(BROWSER_ACCEPT).when().get("/p/{id}", product.productId())
                .then().statusCode(200).contentType(ContentType.HTML).extract().asString();
        assertThat(page).contains("Gạo nếp cái hoa vàng", "Chưa được chứng nhận OCOP");
        noRedirects().accept(BROWSER_ACCEPT).get("/p/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    private static String redirectFor(String path, String linkType) {
        Response response = noRedirects().queryParam("linkType", linkType).get(path);
        assertThat(response.statusCode()).as("%s?linkType=%s: %s", path, linkType, response.asString()).isEqualTo(307);
        return response.header("Location");
    }

    private static String decoded(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static RequestSpecification noRedirects() {
        return given().redirects().follow(false);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
