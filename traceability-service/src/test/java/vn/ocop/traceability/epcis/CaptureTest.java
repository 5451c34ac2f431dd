package vn.ocop.traceability.epcis;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.support.EpcisDocuments;
import vn.ocop.traceability.support.Tokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.EpcisDocuments.aDocument;
import static vn.ocop.traceability.support.ValueChain.aCertifiedProduct;
import static vn.ocop.traceability.support.ValueChain.aLot;
import static vn.ocop.traceability.support.ValueChain.aLotCode;
import static vn.ocop.traceability.support.ValueChain.grantOnLot;
import static vn.ocop.traceability.support.ValueChain.openLot;

@QuarkusTest
class CaptureTest {

    @Test
    void shouldAcceptACaptureWith202AndReportTheJobAsSucceeded() {
        ProductData product = aCertifiedProduct("Trà hoa vàng Ba Chẽ", 4);
        JsonPath lot = openLot(product, aLot(aLotCode()));
        String link = lot.getString("digitalLink");
        String document = aDocument().with(EpcisDocuments.anObservation(link, 1))
                .with(link, 2, e -> e.put("bizStep", "shipping").put("disposition", "in_transit")
                        .put("eventID", "urn:uuid:" + UUID.randomUUID())).json();

        Response response = capture(Tokens.producer(product.producer().producerId()), document, "application/ld+json");

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(202);
        assertThat(response.header("GS1-EPCIS-Version")).isEqualTo("2.0.0");
        assertThat(response.header("GS1-CBV-Version")).isEqualTo("2.0.0");
        String location = response.header("Location");
        assertThat(location).matches(".*/capture/[0-9a-f-]{36}$");
        JsonPath job = given().auth().oauth2(Tokens.producer(product.producer().producerId()))
                .when().get(location).then().statusCode(200).extract().jsonPath();
        assertThat(job.getBoolean("running")).isFalse();
        assertThat(job.getBoolean("success")).isTrue();
        assertThat(job.getString("captureErrorBehaviour")).isEqualTo("rollback");
        assertThat(job.getList("errors")).isEmpty();
        assertThat(eventIds(lot.getString("id"))).hasSize(2)
                .allMatch(id -> id.matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0"));
        given().when().get("/lots/{id}/verify", lot.getString("id")).then().statusCode(200)
                .body("intact", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void shouldRejectAMalformedDocumentListingEveryViolationAndStoreNothing() {
        ProductData product = aCertifiedProduct("Cao ngựa bạch Trường Nguyên", 4);
        JsonPath lot = openLot(product, aLot(aLotCode()));
        String link = lot.getString("digitalLink");
        String notOurs = "https://id.ocop.test/01/08935999999992/10/NOPE";
        String document = aDocument()
                .with(link, 1, e -> e.remove("eventTimeZoneOffset"))
                .with(link, 2, e -> e.put("type", "HarvestEvent"))
                .with(notOurs, 3, e -> { })
                .with(link, 4, e -> e.put("action", "MOVE"))
                .with(EpcisDocuments.anObservation(link, 5))
                .json();

        Response response = capture(Tokens.producer(product.producer().producerId()), document, "application/json");

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = response.jsonPath().getList("errors.field");
        assertThat(fields).contains("/epcisBody/eventList/0/eventTimeZoneOffset", "/epcisBody/eventList/1/type",
                "/epcisBody/eventList/2", "/epcisBody/eventList/3/action");
        assertThat(fields).noneMatch(f -> f.startsWith("/epcisBody/eventList/4"));
        assertThat(response.jsonPath().getString("detail")).contains("nothing was stored");
        assertThat(eventIds(lot.getString("id"))).isEmpty();
        given().when().get("/lots/{id}/verify", lot.getString("id")).then().statusCode(200);
    }

    @Test
    void shouldRejectADocumentThatIsNotJsonOrNotAnEpcisDocument() {
        ProductData product = aCertifiedProduct("Miến dong Bình Liêu", 3);
        String token = Tokens.producer(product.producer().producerId());

        assertThat(capture(token, "{\"type\": \"EPCISDocument\", ", "application/json").statusCode()).isEqualTo(400);
        Response wrongType = capture(token, "{\"type\": \"EPCISQueryDocument\"}", "application/json");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.jsonPath().getList("errors.field")).contains("/type");
    }

    @Test
    void shouldAcceptLgtinUrnsAsTheEpcClassOfALot() {
        ProductData product = aCertifiedProduct("Gạo nếp cái hoa vàng Kim Sơn", 3);
        String lotCode = aLotCode();
        JsonPath lot = openLot(product, aLot(lotCode));
        String gtin14 = lot.getString("gtin");
        // company prefix 893xxxx (7 digits), then the indicator digit and the item reference
        String urn = "urn:epc:class:lgtin:" + gtin14.substring(1, 8) + "." + gtin14.charAt(0)
                + gtin14.substring(8, 13) + "." + lotCode;

        Response response = capture(Tokens.producer(product.producer().producerId()),
                aDocument().with(EpcisDocuments.anObservation(urn, 1)).json(), "application/json");

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(202);
        assertThat(eventIds(lot.getString("id"))).hasSize(1);
    }

    @Test
    void shouldRequireATokenAndForbidCapturingOnAnotherProducersLot() {
        ProductData product = aCertifiedProduct("Nấm hương Bắc Hà", 4);
        JsonPath lot = openLot(product, aLot(aLotCode()));
        String link = lot.getString("digitalLink");
        String document = aDocument().with(EpcisDocuments.anObservation(link, 1)).json();
        grantOnLot(product, lot.getString("id"), "retailer-winmart", "RETAILER");

        assertThat(given().contentType("application/json").body(document).post("/capture").statusCode())
                .isEqualTo(401);
        assertThat(capture(Tokens.producer(UUID.randomUUID()), document, "application/json").statusCode())
                .isEqualTo(403);
        assertThat(capture(Tokens.ministry(), document, "application/json").statusCode()).isEqualTo(403);
        assertThat(capture(Tokens.partner("retailer-winmart", "WinMart Thái Nguyên"), document, "application/json")
                .statusCode()).isEqualTo(202);
    }

    @Test
    void shouldCaptureAThousandEventDocumentInOneBatchAndQueryEveryEvent() {
        ProductData product = aCertifiedProduct("Chè Tân Cương đặc biệt", 4);
        JsonPath lot = openLot(product, aLot(aLotCode()));
        String link = lot.getString("digitalLink");
        EpcisDocuments document = aDocument();
        for (int i = 0; i < 1000; i++) {
            document.with(EpcisDocuments.anObservation(link, i));
        }
        String json = document.json();

        EpcisDocuments broken = aDocument();
        for (int i = 0; i < 1000; i++) {
            int at = i;
            broken.with(link, i, e -> {
                if (at == 737) {
                    e.put("action", "MOVE");
                }
            });
        }
        Response rejected = capture(Tokens.producer(product.producer().producerId()), broken.json(),
                "application/json");
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.jsonPath().getList("errors.field", String.class)).isNotEmpty()
                .allMatch(f -> f.startsWith("/epcisBody/eventList/737")).contains("/epcisBody/eventList/737/action");
        assertThat(eventIds(lot.getString("id"))).isEmpty();

        // warm-up run on another lot (JIT), then the measured one
        JsonPath warm = openLot(product, aLot(aLotCode()));
        EpcisDocuments warmDoc = aDocument();
        for (int i = 0; i < 1000; i++) {
            warmDoc.with(EpcisDocuments.anObservation(warm.getString("digitalLink"), i));
        }
        capture(Tokens.producer(product.producer().producerId()), warmDoc.json(), "application/json");
        long started = System.nanoTime();
        Response response = capture(Tokens.producer(product.producer().producerId()), json, "application/json");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(202);
        System.out.printf("captured 1000 events in %d ms (%.0f events/s)%n", millis, 1000_000.0 / millis);
        Response page = given().when().get("/lots/{id}/events?perPage=1000", lot.getString("id"));
        assertThat(page.jsonPath().getList("epcisBody.queryResults.resultsBody.eventList")).hasSize(1000);
        assertThat(page.header("Link")).isNull();
        ValueChainStoryTest.assertValidEpcis(page.asString());
        given().when().get("/lots/{id}", lot.getString("id")).then().statusCode(200)
                .body("eventCount", org.hamcrest.Matchers.equalTo(1000));
        given().when().get("/lots/{id}/verify", lot.getString("id")).then().statusCode(200)
                .body("intact", org.hamcrest.Matchers.equalTo(true))
                .body("events", org.hamcrest.Matchers.equalTo(1000));
    }

    static Response capture(String token, String document, String contentType) {
        return given().auth().oauth2(token).contentType(contentType).body(document).when().post("/capture");
    }

    static List<String> eventIds(String lotId) {
        return given().when().get("/lots/{id}/events?perPage=1000", lotId).then().statusCode(200).extract()
                .jsonPath().getList("epcisBody.queryResults.resultsBody.eventList.eventID");
    }
}
