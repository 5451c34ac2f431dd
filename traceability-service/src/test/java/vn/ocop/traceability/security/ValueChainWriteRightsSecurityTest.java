package vn.ocop.traceability.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.support.EpcisDocuments;
import vn.ocop.traceability.support.Tokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.EpcisDocuments.aDocument;
import static vn.ocop.traceability.support.ValueChain.aCertifiedProduct;
import static vn.ocop.traceability.support.ValueChain.aLot;
import static vn.ocop.traceability.support.ValueChain.aLotCode;
import static vn.ocop.traceability.support.ValueChain.grantOnLot;
import static vn.ocop.traceability.support.ValueChain.grantOnProduct;
import static vn.ocop.traceability.support.ValueChain.openLot;
import static vn.ocop.traceability.support.ValueChain.recordStep;

/**
 * Issue 14, finding 1: a partner recorded an inspection on another producer's lot, an officer of another commune did
 * too, EPCIS capture accepted a partner on every lot and was validated in full before the caller's right was looked
 * at, and any second recorder linked the lot. Each attack is kept here as the proof that it is refused.
 */
@QuarkusTest
class ValueChainWriteRightsSecurityTest {

    @Inject
    AgroalDataSource database;

    @Test
    void shouldRefuseAnInspectionByAPartnerOrAnOfficerOutsideTheLotsCommuneOrProvince() {
        ProductData product = aCertifiedProduct("Cao ngựa bạch Trường Nguyên", 4);
        String lotId = openLot(product, aLot(aLotCode())).getString("id");
        String commune = product.producer().communeCode();
        String province = product.producer().provinceCode();

        assertThat(step(Tokens.partner("partner-x", "Bất kỳ"), lotId, "inspection").statusCode()).isEqualTo(403);
        assertThat(step(Tokens.party("processor", "org-x"), lotId, "inspection").statusCode()).isEqualTo(403);
        assertThat(step(Tokens.communeOfficer("00001"), lotId, "inspection").statusCode()).isEqualTo(403);
        assertThat(step(Tokens.provinceAdmin("01"), lotId, "inspection").statusCode()).isEqualTo(403);
        assertThat(step(Tokens.producer(product.producer().producerId()), lotId, "inspection").statusCode())
                .as("the producer does not inspect itself").isEqualTo(403);
        assertThat(eventCount(lotId)).isZero();

        assertThat(step(Tokens.communeOfficer(commune), lotId, "inspection").statusCode()).isEqualTo(201);
        assertThat(step(Tokens.provinceAdmin(province), lotId, "inspection").statusCode()).isEqualTo(201);
        assertThat(step(Tokens.ministry(), lotId, "inspection").statusCode()).isEqualTo(201);
        assertThat(eventCount(lotId)).isEqualTo(3);
    }

    @Test
    void shouldLetAnOrganisationRecordOnlyWhileTheProducersGrantIsInForce() {
        ProductData product = aCertifiedProduct("Miến dong Bình Liêu", 4);
        String lotId = openLot(product, aLot(aLotCode())).getString("id");
        String carrier = Tokens.party("distributor", "viettel-post");

        assertThat(step(carrier, lotId, "receiving").statusCode()).as("no grant yet").isEqualTo(403);
        String grantId = grantOnLot(product, lotId, "viettel-post", "DISTRIBUTOR").getString("id");
        assertThat(step(carrier, lotId, "receiving").statusCode()).isEqualTo(201);
        assertThat(step(carrier, lotId, "harvest").statusCode()).as("harvest is the producer's").isEqualTo(403);
        assertThat(step(Tokens.party("distributor", "other-org"), lotId, "receiving").statusCode())
                .as("a grant names one organisation").isEqualTo(403);

        JsonPath lot = given().get("/lots/{id}", lotId).then().statusCode(200).extract().jsonPath();
        assertThat(lot.getList("grants.organisationId")).containsExactly("viettel-post");
        assertThat(lot.getList("grants.chainRole")).containsExactly("DISTRIBUTOR");

        given().auth().oauth2(Tokens.producer(product.producer().producerId()))
                .delete("/lots/{id}/grants/{grant}", lotId, grantId).then().statusCode(204);
        assertThat(step(carrier, lotId, "receiving").statusCode()).as("revoked").isEqualTo(403);
        assertThat(given().get("/lots/{id}", lotId).jsonPath().getList("grants")).isEmpty();

        grantOnProduct(product, "viettel-post", "DISTRIBUTOR");
        String otherLot = openLot(product, aLot(aLotCode())).getString("id");
        assertThat(step(carrier, otherLot, "shipping", Map.of("destination", "WinMart")).statusCode())
                .as("a product grant covers every lot").isEqualTo(201);
    }

    @Test
    void shouldLetOnlyTheProducerGrantAndRevoke() {
        ProductData product = aCertifiedProduct("Chè Tân Cương đặc biệt", 4);
        String lotId = openLot(product, aLot(aLotCode())).getString("id");
        Map<String, Object> grant = Map.of("organisationId", "me", "organisationName", "Tôi", "chainRole", "RETAILER");

        for (String token : new String[] {Tokens.party("retailer", "me"), Tokens.producer(UUID.randomUUID()),
                Tokens.communeOfficer(product.producer().communeCode())}) {
            int status = given().auth().oauth2(token).contentType(ContentType.JSON).body(grant)
                    .post("/lots/{id}/grants", lotId).statusCode();
            assertThat(status).isEqualTo(403);
        }
        String grantId = grantOnLot(product, lotId, "me", "RETAILER").getString("id");
        given().auth().oauth2(Tokens.party("retailer", "me")).delete("/lots/{id}/grants/{g}", lotId, grantId)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.producer(product.producer().producerId())).contentType(ContentType.JSON)
                .body(grant).post("/lots/{id}/grants", lotId).then().statusCode(409);
        given().auth().oauth2(Tokens.communeOfficer(product.producer().communeCode()))
                .get("/lots/{id}/grants", lotId).then().statusCode(200);
        given().auth().oauth2(Tokens.communeOfficer("00001")).get("/lots/{id}/grants", lotId).then().statusCode(403);
    }

    @Test
    void shouldRefuseACaptureOnALotTheCallerMayNotWriteBeforeValidatingIt() {
        ProductData product = aCertifiedProduct("Nấm hương Bắc Hà", 4);
        JsonPath lot = openLot(product, aLot(aLotCode()));
        String link = lot.getString("digitalLink");
        ObjectNode invalid = EpcisDocuments.anObservation(link, 1);
        invalid.put("eventTime", "not a time");
        invalid.remove("eventTimeZoneOffset");
        String document = aDocument().with(invalid).json();

        Response refused = capture(Tokens.partner("winmart", "WinMart"), document);
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains(lot.getString("lotCode"));
        assertThat(capture(Tokens.producer(product.producer().producerId()), document).statusCode())
                .as("the producer may write: now the document is validated").isEqualTo(400);

        grantOnLot(product, lot.getString("id"), "winmart", "RETAILER");
        ObjectNode inspection = EpcisDocuments.anObservation(link, 2);
        inspection.put("bizStep", "https://ref.gs1.org/cbv/BizStep-inspecting");
        assertThat(capture(Tokens.partner("winmart", "WinMart"), aDocument().with(inspection).json()).statusCode())
                .as("an inspection needs an officer covering the lot").isEqualTo(403);
        assertThat(capture(Tokens.communeOfficer(product.producer().communeCode()),
                aDocument().with(inspection).json()).statusCode()).isEqualTo(202);
        assertThat(capture(Tokens.partner("winmart", "WinMart"),
                aDocument().with(EpcisDocuments.anObservation(link, 3)).json()).statusCode()).isEqualTo(202);
        assertThat(eventCount(lot.getString("id"))).isEqualTo(2);
    }

    @Test
    void shouldLinkALotOnlyWhenAGrantedPartyRecordsAfterItsProducer() throws Exception {
        ProductData product = aCertifiedProduct("Cao ngựa bạch Hoan Hoa", 3);
        String lotId = openLot(product, aLot(aLotCode())).getString("id");
        String producer = Tokens.producer(product.producer().producerId());

        recordStep(producer, lotId, "harvest", Map.of("quantity", 100));
        recordStep(Tokens.communeOfficer(product.producer().communeCode()), lotId, "inspection",
                Map.of("passed", true));
        recordStep(Tokens.admin(), lotId, "packing", Map.of());
        assertThat(linkageFacts(lotId)).as("officers and admins are not value-chain parties").isZero();

        grantOnLot(product, lotId, "ghn", "DISTRIBUTOR");
        recordStep(Tokens.party("distributor", "ghn"), lotId, "receiving", Map.of("source", "HTX"));
        assertThat(linkageFacts(lotId)).isEqualTo(1);
    }

    private static Response step(String token, String lotId, String step) {
        return step(token, lotId, step, Map.of("source", "HTX Trường Nguyên", "passed", true));
    }

    private static Response step(String token, String lotId, String step, Map<String, Object> form) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(form)
                .post("/lots/{id}/events/{step}", lotId, step);
    }

    private static Response capture(String token, String document) {
        return given().auth().oauth2(token).contentType("application/json").body(document).post("/capture");
    }

    private int eventCount(String lotId) {
        return count("select count(*) from epcis_event where lot_id = ?", lotId);
    }

    private int linkageFacts(String lotId) {
        return count("select count(*) from outbox_event where type = 'vn.ocop.traceability.value-chain.linked.v1' "
                + "and payload like '%' || ? || '%'", lotId);
    }

    private int count(String sql, String lotId) {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (sql.contains("lot_id")) {
                query.setObject(1, UUID.fromString(lotId));
            } else {
                query.setString(1, lotId);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
