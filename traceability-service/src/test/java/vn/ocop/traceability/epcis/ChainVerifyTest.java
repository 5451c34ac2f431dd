package vn.ocop.traceability.epcis;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.support.EpcisDocuments;
import vn.ocop.traceability.support.Tokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.ValueChain.aCertifiedProduct;
import static vn.ocop.traceability.support.ValueChain.aLot;
import static vn.ocop.traceability.support.ValueChain.aLotCode;
import static vn.ocop.traceability.support.ValueChain.openLot;
import static vn.ocop.traceability.support.ValueChain.recordStep;

@QuarkusTest
class ChainVerifyTest {

    @Inject
    AgroalDataSource database;

    @Test
    void shouldReportAnUntouchedChainAsIntact() {
        String lotId = aLotWithThreeEvents();

        JsonPath report = verify(lotId);

        assertThat(report.getBoolean("intact")).isTrue();
        assertThat(report.getInt("events")).isEqualTo(3);
        assertThat(report.getString("headHash")).matches("[0-9a-f]{64}");
        assertThat(report.getString("firstBrokenSeq")).isNull();
    }

    @Test
    void shouldPointAtExactlyTheEventWhoseStoredBodyWasEditedInTheDatabase() throws Exception {
        String lotId = aLotWithThreeEvents();
        String secondEventId = given().get("/lots/{id}/events", lotId).jsonPath()
                .getString("epcisBody.queryResults.resultsBody.eventList[1].eventID");

        try (Connection connection = database.getConnection();
             PreparedStatement tamper = connection.prepareStatement("update epcis_event set body = jsonb_set(body, "
                     + "'{quantityList,0,quantity}', '9999') where lot_id = ? and seq = 2")) {
            tamper.setObject(1, UUID.fromString(lotId));
            assertThat(tamper.executeUpdate()).isEqualTo(1);
        }
        JsonPath report = verify(lotId);

        assertThat(report.getBoolean("intact")).isFalse();
        assertThat(report.getInt("firstBrokenSeq")).isEqualTo(2);
        assertThat(report.getString("eventId")).isEqualTo(secondEventId);
        assertThat(report.getString("reason")).contains("no longer matches its eventID");
    }

    @Test
    void shouldNoticeARemovedEvent() throws Exception {
        String lotId = aLotWithThreeEvents();

        try (Connection connection = database.getConnection();
             PreparedStatement remove = connection.prepareStatement(
                     "delete from epcis_event where lot_id = ? and seq = 3")) {
            remove.setObject(1, UUID.fromString(lotId));
            remove.executeUpdate();
        }
        JsonPath report = verify(lotId);

        assertThat(report.getBoolean("intact")).isFalse();
        assertThat(report.getInt("firstBrokenSeq")).isEqualTo(3);
    }

    @Test
    void shouldKeepTheChainIntactWhenSeveralCapturesAppendToOneLotAtOnce() throws Exception {
        ProductData product = aCertifiedProduct("Chè Tân Cương đặc biệt", 4);
        JsonPath lot = openLot(product, aLot(aLotCode()));
        String token = Tokens.producer(product.producer().producerId());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> captures = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                EpcisDocuments document = EpcisDocuments.aDocument();
                for (int i = 0; i < 50; i++) {
                    document.with(EpcisDocuments.anObservation(lot.getString("digitalLink"), c * 100 + i));
                }
                captures.add(pool.submit(() -> CaptureTest.capture(token, document.json(), "application/json")
                        .statusCode()));
            }
            for (var capture : captures) {
                assertThat(capture.get()).isEqualTo(202);
            }
        } finally {
            pool.shutdown();
        }

        JsonPath report = verify(lot.getString("id"));
        assertThat(report.getBoolean("intact")).isTrue();
        assertThat(report.getInt("events")).isEqualTo(200);
    }

    private static String aLotWithThreeEvents() {
        ProductData product = aCertifiedProduct("Cao ngựa bạch Trường Nguyên", 4);
        String lotId = openLot(product, aLot(aLotCode())).getString("id");
        String producer = Tokens.producer(product.producer().producerId());
        recordStep(producer, lotId, "harvest", Map.of("quantity", 100, "uom", "KGM"));
        recordStep(Tokens.communeOfficer(product.producer().communeCode()), lotId, "inspection",
                Map.of("passed", true, "note", "Đạt chỉ tiêu vi sinh"));
        recordStep(producer, lotId, "packing", Map.of("quantity", 400));
        return lotId;
    }

    private static JsonPath verify(String lotId) {
        return given().when().get("/lots/{id}/verify", lotId).then().statusCode(200).extract().jsonPath();
    }
}
