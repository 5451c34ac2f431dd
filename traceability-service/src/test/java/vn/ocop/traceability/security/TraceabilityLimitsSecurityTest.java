package vn.ocop.traceability.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.support.Checkers;
import vn.ocop.traceability.support.SerialFixtures.Registered;
import vn.ocop.traceability.support.TemporaryLots;
import vn.ocop.traceability.support.TemporaryLots.Lot;
import vn.ocop.traceability.support.Tokens;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.SerialFixtures.aRegisteredProductWithGtin;
import static vn.ocop.traceability.support.SerialFixtures.generate;
import static vn.ocop.traceability.support.ValueChain.aCertifiedProduct;
import static vn.ocop.traceability.support.ValueChain.aLot;
import static vn.ocop.traceability.support.ValueChain.aLotCode;
import static vn.ocop.traceability.support.ValueChain.openLot;
import static vn.ocop.traceability.support.ValueChain.recordStep;

/**
 * Issue 14, finding 7 (traceability part): bodies of any size (chunked ones were never counted), whole chains exported
 * and verified on every public call, serials without a quota. Every limit answers with a problem stating it.
 */
@QuarkusTest
class TraceabilityLimitsSecurityTest {

    /** {@code %test.ocop.http.body-limit.json-bytes} is the default 256 KiB; the capture limit is 4 MiB in tests. */
    private static final int JSON_LIMIT = 262_144;
    private static final int CAPTURE_LIMIT = 4_194_304;

    @Inject
    AgroalDataSource database;
    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldRefuseAJsonBodyOverTheRouteLimitWithAProblemStatingIt() {
        String huge = "{\"note\":\"" + "x".repeat(JSON_LIMIT) + "\"}";
        Response response = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(huge)
                .post("/lots/{id}/events/harvest", UUID.randomUUID());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).contains(String.valueOf(JSON_LIMIT));
        assertThat(response.jsonPath().getString("errors[0].message")).contains(String.valueOf(JSON_LIMIT));
    }

    @Test
    void shouldCutAChunkedBodyAtTheLimitToo() throws Exception {
        String status = sendChunked("/lots/" + UUID.randomUUID() + "/events/harvest", JSON_LIMIT + 50_000);
        assertThat(status).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains(String.valueOf(JSON_LIMIT));
        String capture = sendChunked("/capture", CAPTURE_LIMIT + 100_000);
        assertThat(capture).startsWith("HTTP/1.1 413").contains(String.valueOf(CAPTURE_LIMIT));
    }

    @Test
    void shouldAllowACaptureDocumentLargerThanTheJsonLimitButNotOverItsOwn() {
        String document = "{\"type\":\"EPCISDocument\",\"pad\":\"" + "x".repeat(CAPTURE_LIMIT) + "\"}";
        Response response = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(document)
                .post("/capture");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.jsonPath().getString("detail")).contains(String.valueOf(CAPTURE_LIMIT));

        String medium = "{\"type\":\"EPCISDocument\",\"pad\":\"" + "x".repeat(JSON_LIMIT * 2) + "\"}";
        assertThat(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(medium).post("/capture")
                .statusCode()).as("the capture group has its own, larger limit").isEqualTo(400);
    }

    @Test
    void shouldVerifyOnlyTheEventsAfterTheLastCheckpointAndStillFindABreakAmongThem() throws Exception {
        ProductData product = aCertifiedProduct("Cao ngựa bạch Trường Nguyên", 4);
        String lotId = openLot(product, aLot(aLotCode())).getString("id");
        String producer = Tokens.producer(product.producer().producerId());
        recordStep(producer, lotId, "harvest", Map.of("quantity", 100));
        recordStep(producer, lotId, "processing", Map.of());
        recordStep(producer, lotId, "packing", Map.of());

        JsonPath first = verify(lotId);
        assertThat(first.getBoolean("intact")).isTrue();
        assertThat(first.getInt("checkedFromSeq")).isEqualTo(1);

        recordStep(producer, lotId, "packing", Map.of("quantity", 200));
        recordStep(producer, lotId, "packing", Map.of("quantity", 300));
        JsonPath second = verify(lotId);
        assertThat(second.getBoolean("intact")).isTrue();
        assertThat(second.getInt("events")).isEqualTo(5);
        assertThat(second.getInt("checkedFromSeq")).as("only the two new events recomputed").isEqualTo(4);
        assertThat(verify(lotId).getInt("checkedFromSeq")).as("nothing new: nothing recomputed").isEqualTo(6);

        recordStep(producer, lotId, "packing", Map.of("quantity", 400));
        try (Connection connection = database.getConnection(); PreparedStatement tamper = connection.prepareStatement(
                "update epcis_event set body = jsonb_set(body, '{childQuantityList,0,quantity}', '9999') "
                        + "where lot_id = ? and seq = 6")) {
            tamper.setObject(1, UUID.fromString(lotId));
            assertThat(tamper.executeUpdate()).isEqualTo(1);
        }
        JsonPath broken = verify(lotId);
        assertThat(broken.getBoolean("intact")).isFalse();
        assertThat(broken.getInt("firstBrokenSeq")).isEqualTo(6);
        assertThat(broken.getInt("checkedFromSeq")).isEqualTo(6);
    }

    @Test
    void shouldStreamTheWholeChainAsOneValidEpcisDocument() {
        ProductData product = aCertifiedProduct("Chè Tân Cương đặc biệt", 4);
        String lotId = openLot(product, aLot(aLotCode())).getString("id");
        String producer = Tokens.producer(product.producer().producerId());
        recordStep(producer, lotId, "harvest", Map.of("quantity", 100));
        recordStep(producer, lotId, "packing", Map.of());

        Response export = given().get("/lots/{id}/epcis", lotId);
        assertThat(export.statusCode()).isEqualTo(200);
        Checkers.Validation validation = Checkers.validateJson(Checkers.EPCIS_SCHEMA, export.asString());
        assertThat(validation.valid()).as("EPCIS schema violations: %s", validation.errors()).isTrue();
        assertThat(export.jsonPath().getList("epcisBody.eventList")).hasSize(2);
        given().get("/lots/{id}/epcis", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseSerialsBeyondTheLotQuotaAndTheProducersDailyQuota() {
        Registered tea = aRegisteredProductWithGtin();
        Lot spring = TemporaryLots.insert(database, tea.product().productId());
        Lot autumn = TemporaryLots.insert(database, tea.product().productId());
        generate(tea.producerToken(), spring.id(), 5).then().statusCode(201);

        Response lotQuota = generate(tea.producerToken(), spring.id(), 99_996);
        assertThat(lotQuota.statusCode()).isEqualTo(422);
        assertThat(lotQuota.contentType()).startsWith("application/problem+json");
        assertThat(lotQuota.jsonPath().getString("errors[0].message")).contains("100000");

        Response dailyQuota = generate(tea.producerToken(), autumn.id(), 99_996);
        assertThat(dailyQuota.statusCode()).isEqualTo(429);
        assertThat(dailyQuota.header("Retry-After")).matches("\\d+");
        assertThat(dailyQuota.jsonPath().getString("errors[0].message")).contains("100000");
        assertThat(given().auth().oauth2(tea.producerToken()).get("/lots/{id}/serials", autumn.id())
                .jsonPath().getLong("total")).isZero();
    }

    private static JsonPath verify(String lotId) {
        return given().get("/lots/{id}/verify", lotId).then().statusCode(200).extract().jsonPath();
    }

    /** Posts {@code size} bytes with chunked transfer encoding on a raw socket; returns the response head and body. */
    private String sendChunked(String path, int size) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.admin()
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            try {
                for (int sent = 0; sent < size; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.io.IOException e) {
                // the server may close the connection once the limit is passed: its answer is still there to read
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int read;
            try {
                while ((read = in.read(buffer)) > 0) {
                    response.write(buffer, 0, read);
                    if (response.toString(StandardCharsets.UTF_8).contains("}")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // whatever arrived is the answer
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
