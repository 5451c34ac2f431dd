package vn.ocop.systemtests;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.Gtin;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
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
 * A commune officer's product is certified in the registry; a shopper scans its QR code and sees the stars, and sees
 * at once when the certificate is revoked or has lapsed (docs/DOMAIN.md §4, stories 2 and 3).
 */
class CertifiedProductScanTest {

    private static final Duration WITHIN_FIVE_SECONDS = Duration.ofSeconds(5);

    private static String producerId;

    @BeforeAll
    static void aProducerInPhuBinh() {
        producerId = registerProducer(aProducer().inCommune("05908"));
    }

    @Test
    void shouldShowFourValidStarsWhenTheCertifiedProductIsScannedWithinFiveSeconds() {
        String gtin = aFreshGtin();
        String productId = registerProduct(aProduct(producerId).withGtin(gtin)).getString("id");

        recordCertificate(aCertificate(productId).withStars(4));

        await().atMost(WITHIN_FIVE_SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            JsonPath scan = scanAsJson(gtin);
            assertThat(scan.getInt("stars")).isEqualTo(4);
            assertThat(scan.getString("certificate.status")).isEqualTo("VALID");
            assertThat(scan.getString("productId")).isEqualTo(productId);
        });
    }

    @Test
    void shouldEncodeExactlyTheProductsDigitalLinkInItsQrCode() throws Exception {
        String gtin = aFreshGtin();
        JsonPath product = registerProduct(aProduct(producerId).withGtin(gtin));
        String productId = product.getString("id");
        String digitalLink = stack().resolverBaseUrl() + "/01/" + Gtin.toGtin14(gtin).orElseThrow();
        assertThat(product.getString("digitalLink")).isEqualTo(digitalLink);
        await().atMost(WITHIN_FIVE_SECONDS).untilAsserted(() ->
                traceability().accept("application/json").get("/products/{id}", productId).then().statusCode(200));

        byte[] png = traceability().queryParam("format", "png").get("/products/{id}/qr", productId)
                .then().statusCode(200).contentType(startsWith("image/png")).extract().asByteArray();

        assertThat(decodeQr(png)).isEqualTo(digitalLink);
    }

    @Test
    void shouldShowRevokedOnTheScanPageWithinFiveSecondsOfRevocation() {
        String gtin = aFreshGtin();
        String productId = registerProduct(aProduct(producerId).withGtin(gtin)).getString("id");
        String certificateId = recordCertificate(aCertificate(productId).withStars(3)).getString("id");
        await().atMost(WITHIN_FIVE_SECONDS).untilAsserted(() -> assertThat(scanAsJson(gtin).getInt("stars")).isEqualTo(3));

        JsonPath revoked = revokeCertificate(certificateId, "Vi phạm an toàn thực phẩm");
        assertThat(revoked.getString("status")).isEqualTo("REVOKED");

        await().atMost(WITHIN_FIVE_SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            JsonPath scan = scanAsJson(gtin);
            assertThat(scan.getString("certificate.status")).isEqualTo("REVOKED");
            assertThat(scan.get("stars") == null).as("no stars shown for a revoked certificate").isTrue();
        });
        String page = scanPage(gtin);
        assertThat(page.toUpperCase(new Locale("vi"))).contains("ĐÃ BỊ THU HỒI");
    }

    @Test
    void shouldShowExpiredWhenTheCertificateWasDecidedFourYearsAgo() {
        String gtin = aFreshGtin();
        String productId = registerProduct(aProduct(producerId).withGtin(gtin)).getString("id");

        JsonPath certificate = recordCertificate(aCertificate(productId).withStars(3)
                .decidedOn(LocalDate.now().minusYears(4)));
        assertThat(LocalDate.parse(certificate.getString("validUntil"))).isBefore(LocalDate.now());

        await().atMost(WITHIN_FIVE_SECONDS).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            JsonPath scan = scanAsJson(gtin);
            assertThat(scan.getString("certificate.status")).isEqualTo("EXPIRED");
            assertThat(scan.get("stars") == null).as("no stars shown for a lapsed certificate").isTrue();
        });
    }

    private static JsonPath scanAsJson(String gtin) {
        Response response = traceability().accept("application/json")
                .get("/01/{gtin14}", Gtin.toGtin14(gtin).orElseThrow());
        assertThat(response.statusCode()).as("scan of %s answered %s", gtin, response.asString()).isEqualTo(200);
        return response.jsonPath();
    }

    private static String scanPage(String gtin) {
        return traceability().accept("text/html").get("/01/{gtin14}", Gtin.toGtin14(gtin).orElseThrow())
                .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
    }

    private static String decodeQr(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG image").isNotNull();
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
    }
}
