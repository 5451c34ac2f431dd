package vn.ocop.systemtests;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.Gtin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.systemtests.RegistryActions.recordCertificate;
import static vn.ocop.systemtests.RegistryActions.registerProducer;
import static vn.ocop.systemtests.RegistryActions.registerProduct;
import static vn.ocop.systemtests.RegistryActions.revokeCertificate;
import static vn.ocop.systemtests.SystemUnderTest.stack;
import static vn.ocop.systemtests.SystemUnderTest.traceability;
import static vn.ocop.systemtests.TestData.aCertificate;
import static vn.ocop.systemtests.TestData.aFreshGtin;
import static vn.ocop.systemtests.TestData.aProduct;
import static vn.ocop.systemtests.TestData.aProducer;

/**
 * Issue 5's story across both services: a lot of "Cao ngựa bạch Trường Nguyên" (4★ in the registry) goes harvest →
 * processing → packing → shipping in the traceability service; its EPCIS export validates against GS1's schema; the
 * scan page of one of its serialized units shows the whole chain and 4★ valid; once the registry revokes the
 * certificate, the same scan shows it revoked.
 */
class ValueChainScanTest {

    private static final Path VALIDATORS = Path.of(System.getProperty("ocop.repo.root", "..")).toAbsolutePath()
            .normalize().resolve("tools/validators");

    @Test
    void shouldShowTheWholeChainOfASerialAndThenTheRevocation() throws Exception {
        String producerId = registerProducer(aProducer().inCommune("05908"));
        String gtin = aFreshGtin();
        String productId = registerProduct(aProduct(producerId).withGtin(gtin)
                .named("Cao ngựa bạch Trường Nguyên " + gtin.substring(gtin.length() - 4))).getString("id");
        String certificateId = recordCertificate(aCertificate(productId).withStars(4)).getString("id");
        String producer = stack().jwt().token("producer-" + producerId, Set.of("producer"),
                Map.of("producer_id", producerId), Duration.ofHours(1));

        // the certificate reaches the traceability service through Kafka; then the producer opens a lot
        JsonPath lot = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() ->
                as(producer).body(Map.of("lotCode", "TN-2026-11", "productionDate",
                        LocalDate.now().minusDays(5).toString(), "quantity", 500, "unit", "hộp"))
                        .post("/products/{id}/lots", productId), r -> r.statusCode() == 201).jsonPath();
        String lotId = lot.getString("id");
        step(producer, lotId, "harvest", Map.of("harvestDate", LocalDate.now().minusDays(30).toString(),
                "quantity", 120, "uom", "KGM"));
        step(producer, lotId, "processing", Map.of("quantity", 500, "note", "Nấu cao 72 giờ"));
        step(producer, lotId, "packing", Map.of("quantity", 500));
        step(producer, lotId, "shipping", Map.of("destination", "Cửa hàng OCOP Thái Nguyên"));

        String export = traceability().get("/lots/{id}/epcis", lotId).then().statusCode(200).extract().asString();
        assertThat(validateEpcis(export)).as("ajv on the export").isEqualTo("{\"valid\":true,\"errors\":[]}");
        assertThat(traceability().get("/lots/{id}/verify", lotId).then().statusCode(200).extract().jsonPath()
                .getBoolean("intact")).isTrue();

        as(producer).body(Map.of("count", 5)).post("/lots/{id}/serials", lotId).then().statusCode(201);
        String serial = as(producer).get("/lots/{id}/serials", lotId).then().statusCode(200).extract()
                .jsonPath().getString("items[0].serial");
        String unit = "/01/" + Gtin.toGtin14(gtin).orElseThrow() + "/10/TN-2026-11/21/" + serial;

        String page = scanPage(unit);
        assertThat(page).contains("Cao ngựa bạch Trường Nguyên", "★★★★", "Còn hiệu lực đến",
                "Thu hoạch, khởi tạo lô", "Chế biến", "Đóng gói", "Xuất hàng, vận chuyển",
                "Mã chính hãng").doesNotContain("ĐÃ BỊ THU HỒI");
        assertThat(page.indexOf("Thu hoạch")).isLessThan(page.indexOf("Chế biến"));
        assertThat(page.indexOf("Đóng gói")).isLessThan(page.indexOf("Xuất hàng"));

        revokeCertificate(certificateId, "Vi phạm an toàn thực phẩm");

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(scanPage(unit)).contains("ĐÃ BỊ THU HỒI", "Vi phạm an toàn thực phẩm", "Chế biến"));
        JsonPath json = traceability().accept("application/json").get(unit).then().statusCode(200).extract()
                .jsonPath();
        assertThat(json.getString("certificate.status")).isEqualTo("REVOKED");
        assertThat(json.getList("lot.timeline.eventType")).containsExactly("ObjectEvent", "TransformationEvent",
                "AggregationEvent", "ObjectEvent");
    }

    private static RequestSpecification as(String token) {
        return traceability().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static void step(String token, String lotId, String step, Map<String, Object> form) {
        as(token).body(form).post("/lots/{id}/events/{step}", lotId, step).then().statusCode(201);
    }

    /** The page a phone gets: the Digital Link answers 307 to the scan page, which RestAssured follows. */
    private static String scanPage(String digitalLinkPath) {
        Response response = traceability().accept("text/html").get(digitalLinkPath);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.asString();
    }

    private static String validateEpcis(String document) throws Exception {
        Path schema = VALIDATORS.resolve("schemas/EPCIS-JSON-Schema.json");
        Process process = new ProcessBuilder(List.of("node", "validate-json.mjs", schema.toString()))
                .directory(VALIDATORS.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var in = process.getOutputStream()) {
            in.write(document.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
