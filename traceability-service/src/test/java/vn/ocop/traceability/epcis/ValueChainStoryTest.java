package vn.ocop.traceability.epcis;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.support.Checkers;
import vn.ocop.traceability.support.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.ValueChain.aCertifiedProduct;
import static vn.ocop.traceability.support.ValueChain.aLot;
import static vn.ocop.traceability.support.ValueChain.aLotCode;
import static vn.ocop.traceability.support.ValueChain.grantOnLot;
import static vn.ocop.traceability.support.ValueChain.anArea;
import static vn.ocop.traceability.support.ValueChain.openLot;
import static vn.ocop.traceability.support.ValueChain.recordStep;
import static vn.ocop.traceability.support.ValueChain.registerArea;

@QuarkusTest
class ValueChainStoryTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    @Test
    void shouldTraceALotOfCaoNguaBachFromHarvestToShippingAsValidEpcis() {
        ProductData product = aCertifiedProduct("Cao ngựa bạch Trường Nguyên", 4);
        String producer = Tokens.producer(product.producer().producerId());
        String area = registerArea(product, anArea()).getString("id");
        Map<String, Object> lotRequest = aLot(aLotCode());
        lotRequest.put("growingAreaId", area);
        JsonPath lot = openLot(product, lotRequest);
        String lotId = lot.getString("id");

        JsonPath harvest = recordStep(producer, lotId, "harvest", Map.of("harvestDate", "2025-10-01",
                "quantity", 120, "uom", "KGM", "eventTime", "2025-10-01T07:30:00+07:00"));
        recordStep(producer, lotId, "processing", Map.of("quantity", 500, "note", "Nấu cao 72 giờ"));
        recordStep(producer, lotId, "packing", Map.of("quantity", 500));
        recordStep(producer, lotId, "shipping", Map.of("destination", "Cửa hàng OCOP Thái Nguyên"));

        assertThat(harvest.getString("eventID")).matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0");
        assertThat(harvest.getString("event.bizStep")).isEqualTo("commissioning");
        assertThat(harvest.getString("event.readPoint.id")).endsWith("/growing-areas/" + area);
        assertThat(harvest.getString("event.ilmd.'ocop:growingArea'")).endsWith("/growing-areas/" + area);
        assertThat(harvest.getString("event.certificationInfo")).startsWith("https://id.ocop.test/certificates/");
        assertThat(harvest.getString("event.eventTimeZoneOffset")).isEqualTo("+07:00");
        assertThat(harvest.getString("event.'ocop:partyName'")).isEqualTo(product.producer().name());

        Response export = given().when().get("/lots/{id}/epcis", lotId);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/ld+json");
        assertValidEpcis(export.asString());
        JsonPath document = export.jsonPath();
        assertThat(document.getString("type")).isEqualTo("EPCISDocument");
        assertThat(document.getList("epcisBody.eventList.type")).containsExactly("ObjectEvent",
                "TransformationEvent", "AggregationEvent", "ObjectEvent");
        assertThat(document.getList("epcisBody.eventList.bizStep")).containsExactly("commissioning",
                "commissioning", "packing", "shipping");
        assertThat(document.getString("epcisBody.eventList[3].disposition")).isEqualTo("in_transit");
        assertThat(document.getString("epcisBody.eventList[3].destinationList[0].destination"))
                .isEqualTo("https://id.ocop.test/parties/C%E1%BB%ADa%20h%C3%A0ng%20OCOP%20Th%C3%A1i%20Nguy%C3%AAn");
        assertThat(document.getString("epcisBody.eventList[0].quantityList[0].epcClass"))
                .isEqualTo(lot.getString("digitalLink"));
        assertThat(Checkers.parseDigitalLinks(List.of(lot.getString("digitalLink")))).singleElement()
                .satisfies(link -> {
                    assertThat(link.valid()).isTrue();
                    assertThat(link.keyQualifiers().path("10").asText()).isEqualTo(lotRequest.get("lotCode"));
                });

        List<String> paged = pageThrough("/lots/" + lotId + "/events?perPage=3");
        assertThat(paged).containsExactlyElementsOf(document.getList("epcisBody.eventList.eventID"));

        List<String> byEpc = pageThrough("/events?perPage=2&epc=" + lot.getString("digitalLink"));
        assertThat(byEpc).containsExactlyElementsOf(paged);
    }

    @Test
    void shouldRejectAnUnknownStepAndAShipmentWithoutDestination() {
        ProductData product = aCertifiedProduct("Chè Tân Cương đặc biệt", 4);
        String lotId = openLot(product, aLot(aLotCode())).getString("id");
        String producer = Tokens.producer(product.producer().producerId());

        given().auth().oauth2(producer).contentType("application/json").body("{}")
                .when().post("/lots/{id}/events/roasting", lotId)
                .then().statusCode(400).contentType("application/problem+json");
        Response response = given().auth().oauth2(producer).contentType("application/json").body("{}")
                .when().post("/lots/{id}/events/shipping", lotId);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getList("errors.field")).containsExactly("destination");
    }

    @Test
    void shouldLetAPartnerRecordShippingButNotHarvestOnSomeoneElsesLot() {
        ProductData product = aCertifiedProduct("Miến dong Bình Liêu", 4);
        String lotId = openLot(product, aLot(aLotCode())).getString("id");
        String carrier = Tokens.partner("carrier-viettel-post", "Viettel Post Thái Nguyên");
        grantOnLot(product, lotId, "carrier-viettel-post", "DISTRIBUTOR");

        recordStep(carrier, lotId, "receiving", Map.of("source", "Hợp tác xã Trường Nguyên"));
        given().auth().oauth2(carrier).contentType("application/json").body("{}")
                .when().post("/lots/{id}/events/harvest", lotId)
                .then().statusCode(403);
        given().contentType("application/json").body("{}")
                .when().post("/lots/{id}/events/harvest", lotId)
                .then().statusCode(401);
        given().auth().oauth2(Tokens.producer(java.util.UUID.randomUUID())).contentType("application/json")
                .body("{}").when().post("/lots/{id}/events/harvest", lotId)
                .then().statusCode(403);
    }

    /** Follows the Link rel="next" headers from {@code first} and returns every eventID in order. */
    static List<String> pageThrough(String first) {
        List<String> ids = new ArrayList<>();
        String url = first;
        int pages = 0;
        while (url != null) {
            Response page = given().urlEncodingEnabled(false).when().get(url);
            assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
            assertValidEpcis(page.asString());
            assertThat(page.jsonPath().getString("type")).isEqualTo("EPCISQueryDocument");
            ids.addAll(page.jsonPath().getList("epcisBody.queryResults.resultsBody.eventList.eventID"));
            String link = page.header("Link");
            url = null;
            if (link != null) {
                Matcher next = NEXT.matcher(link);
                assertThat(next.find()).as(link).isTrue();
                assertThat(next.group(1)).contains("nextPageToken=");
                url = next.group(1);
            }
            assertThat(++pages).isLessThan(100);
        }
        assertThat(pages).as("pages").isGreaterThan(1);
        return ids;
    }

    static void assertValidEpcis(String json) {
        Checkers.Validation validation = Checkers.validateJson(Checkers.EPCIS_SCHEMA, json);
        assertThat(validation.valid()).as("EPCIS schema violations: %s%n%s", validation.errors(), json).isTrue();
    }
}
