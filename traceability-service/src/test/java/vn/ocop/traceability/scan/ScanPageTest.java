package vn.ocop.traceability.scan;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ImageData;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.support.Scans.Item;
import vn.ocop.traceability.support.TestData;
import vn.ocop.traceability.support.Tokens;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.publish;
import static vn.ocop.traceability.support.Scans.BROWSER_ACCEPT;
import static vn.ocop.traceability.support.Scans.FIXTURE_DEADLINE;
import static vn.ocop.traceability.support.Scans.aCertifiedProduct;
import static vn.ocop.traceability.support.Scans.aCertifiedProductWithLot;
import static vn.ocop.traceability.support.TestData.aCertificate;
import static vn.ocop.traceability.support.TestData.aGtin13;
import static vn.ocop.traceability.support.TestData.aProduct;
import static vn.ocop.traceability.support.TraceRecords.awaitRecord;

/** The consumer scan page a shopper reaches from a QR code: languages, certificate validity, lot timeline, weight. */
@QuarkusTest
class ScanPageTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TestHTTPResource("/")
    URL app;

    @Test
    void shouldShowTheVietnameseScanPageByDefault() {
        Item item = aCertifiedProduct("Cao ngựa bạch Trường Nguyên");

        String page = page(item.productPath(), null);

        assertThat(page).contains("<meta name=\"viewport\"", "charset=\"UTF-8\"", "lang=\"vi\"")
                .contains("Cao ngựa bạch Trường Nguyên", "Thảo dược", "Hộ kinh doanh Hoàng Văn Hoan")
                .contains("Phú Bình, Thái Nguyên", "★★★★", "4 sao", "UBND tỉnh Thái Nguyên", "OCOP-TN-2025-")
                .contains("Còn hiệu lực đến", "Chưa có ảnh sản phẩm", "href=\"?lang=en\"")
                .doesNotContain("<script", "banner danger");
    }

    @Test
    void shouldShowEnglishOnRequestByHeaderOrSwitchLink() {
        Item item = aCertifiedProduct("Miến dong Bình Liêu");

        String byHeader = page(item.productPath(), "en-GB,en;q=0.9");
        String bySwitch = page(item.productPath() + "?lang=en", null);
        String backToVietnamese = page(item.productPath() + "?lang=vi", "en");

        assertThat(List.of(byHeader, bySwitch)).allSatisfy(p -> assertThat(p)
                .contains("lang=\"en\"", "Valid until", "4 stars", "Producer", "Commune, province",
                        "Miến dong Bình Liêu", "href=\"?lang=vi\"")
                .doesNotContain("Còn hiệu lực", "Chủ thể sản xuất"));
        assertThat(backToVietnamese).contains("lang=\"vi\"", "Còn hiệu lực đến");
        assertThat(page(item.productPath(), "fr-FR,fr;q=0.9")).contains("lang=\"vi\"");
    }

    @Test
    void shouldWarnThatTheCertificateIsExpiringSoonWhileStillShowingItsStars() {
        ProductData product = certifiedProduct(aCertificate().withStars(3)
                .decidedOn(LocalDate.now().minusMonths(35)).validUntil(LocalDate.now().plusDays(20)));

        assertThat(page("/01/0" + product.gtin(), null)).contains("Sắp hết hạn", "★★★", "expiring-soon")
                .doesNotContain("banner danger");
        assertThat(page("/01/0" + product.gtin(), "en")).contains("Expiring soon", "3 stars");
    }

    @Test
    void shouldShowARevokedCertificateAsABigRedBannerWithoutStars() {
        ProductData product = revokedProduct("Không duy trì tiêu chí bắt buộc");

        String vi = page("/01/0" + product.gtin(), null);
        String en = page("/01/0" + product.gtin(), "en");

        assertThat(vi).contains("class=\"banner danger\" role=\"alert\"", "ĐÃ BỊ THU HỒI",
                "Lý do thu hồi: Không duy trì tiêu chí bắt buộc", "không còn hiệu lực").doesNotContain("★", "Còn hiệu lực");
        assertThat(en).contains("class=\"banner danger\"", "REVOKED", "no longer valid").doesNotContain("★");
    }

    @Test
    void shouldShowAnExpiredCertificateAsABigRedBannerWithoutStars() {
        ProductData product = certifiedProduct(aCertificate().withStars(4)
                .decidedOn(LocalDate.now().minusYears(4)).validUntil(LocalDate.now().minusDays(3)));

        assertThat(page("/01/0" + product.gtin(), null)).contains("class=\"banner danger\"", "ĐÃ HẾT HẠN")
                .doesNotContain("★", "Còn hiệu lực đến");
        assertThat(page("/01/0" + product.gtin(), "en")).contains("class=\"banner danger\"", "EXPIRED")
                .doesNotContain("★");
    }

    @Test
    void shouldShowTheLotWithItsGrowingAreaAndTimelineInEachEventsOwnOffset() {
        Item item = aCertifiedProductWithLot("Cao ngựa bạch Hoan Hoa", "HH-" + shortId());
        String lotPath = item.productPath() + "/10/" + item.lot().lotCode;

        String vi = page(lotPath, null);
        String en = page(lotPath, "en");

        assertThat(vi).contains("Lô sản xuất", item.lot().lotCode, "02/03/2026", "120 hộp")
                .contains("Vùng nguyên liệu", "Đồng cỏ xóm Phẩm", "Ngựa bạch", "2.5 ha")
                .contains("Hành trình sản phẩm", "01/03/2026 09:00 (UTC+07:00)", "05/03/2026 11:00 (UTC+09:00)")
                .contains("Người ghi nhận: hoang-van-hoan", "Người ghi nhận: htx-hoan-hoa")
                .contains("/lots/" + item.lot().id + "/epcis");
        assertThat(vi.indexOf("Thu hoạch, khởi tạo lô")).isPositive()
                .isLessThan(vi.indexOf("Chế biến")).isLessThan(vi.indexOf("Xuất hàng, vận chuyển"));
        assertThat(en).contains("Production lot", "Growing area", "Product journey", "Harvest, lot created",
                "Processing", "Shipping", "2 Mar 2026", "1 Mar 2026 09:00 (UTC+07:00)");
    }

    @Test
    void shouldWarnUnmistakablyThatASerialWasNeverIssued() {
        Item item = aCertifiedProductWithLot("Mật ong rừng", "MO-" + shortId());

        Response response = given().accept(BROWSER_ACCEPT)
                .get("/scan" + item.productPath() + "/10/" + item.lot().lotCode + "/21/SN-0001");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.asString()).contains("Mã sê-ri", "SN-0001", item.lot().lotCode,
                "KHÔNG PHẢI MÃ ĐÃ PHÁT HÀNH").doesNotContain("Mã chính hãng");
    }

    @Test
    void shouldEscapeWhatTheRegistrySent() {
        ProductData product = aProduct().named("Bánh chưng <Bờ Đậu> & \"xanh\"").withGtin(aGtin13()).build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product));
        awaitRecord(product.productId(), r -> true, FIXTURE_DEADLINE);

        assertThat(page("/01/0" + product.gtin(), null)).contains("Bánh chưng &lt;Bờ Đậu&gt; &amp; &quot;xanh&quot;")
                .contains("Chưa được chứng nhận OCOP").doesNotContain("<Bờ Đậu>", "★");
    }

    @Test
    void shouldKeepThePageAndItsCachedStylesheetUnderThirtyKilobytes() {
        Item item = aCertifiedProductWithLot("Chè Tân Cương Hoàng Bình", "CT-" + shortId());

        byte[] html = given().accept(BROWSER_ACCEPT).get("/scan" + item.productPath() + "/10/" + item.lot().lotCode)
                .then().statusCode(200).extract().asByteArray();
        Response css = given().get("/assets/scan.css?v=2");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(css.header("Cache-Control")).contains("max-age=");
        assertThat(html.length + css.asByteArray().length).isLessThan(30 * 1024);
    }

    @Test
    void shouldRenderARevokedProductOnAPhoneWithAnUnmistakableRedBanner() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
        ProductData product = revokedProduct("Vi phạm an toàn thực phẩm");

        BufferedImage shot = screenshot("/scan/01/0" + product.gtin() + "?lang=vi", "revoked.png");

        assertThat(shot.getWidth()).isEqualTo(390);
        assertThat(shot.getHeight()).isEqualTo(844);
        assertThat(distinctColours(shot)).as("a rendered page, not a blank one").isGreaterThan(20);
        assertThat(redPixels(shot)).as("pixels of the red banner").isGreaterThan(390 * 40);
    }

    @Test
    void shouldRenderALotTimelineOnAPhone() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
        Item item = aCertifiedProductWithLot("Cao ngựa bạch Trường Nguyên", "TN-" + shortId());

        BufferedImage shot = screenshot("/scan" + item.productPath() + "/10/" + item.lot().lotCode, "lot.png");

        assertThat(shot.getWidth()).isEqualTo(390);
        assertThat(distinctColours(shot)).isGreaterThan(20);
        assertThat(redPixels(shot)).as("no red banner for a valid certificate").isLessThan(390 * 10);
    }

    @Test
    void shouldShowTheProductImageAndTheAreaPhotoWithSrcsetSizeLazyLoadingAndAltText() throws Exception {
        Item item = aCertifiedProductWithLot("Cao ngựa bạch Trường Nguyên", "TN-" + shortId());
        ImageData photo = given().auth().oauth2(Tokens.producer(item.product().producer().producerId()))
                .queryParam("altVi", "Đồng cỏ xóm Phẩm lúc bình minh")
                .queryParam("altEn", "The Phẩm hamlet pasture at dawn")
                .contentType("image/png").body(magenta(1600, 900))
                .put("/growing-areas/" + item.area().id + "/photo").then().statusCode(200).extract()
                .as(ImageData.class);
        // the registry serves product images; here the event points at variants this service serves
        List<ImageData.Variant> served = photo.variants().stream().map(v -> new ImageData.Variant(v.name(),
                v.width(), v.height(), v.mediaType(), app.toString().replaceAll("/$", "") + v.url())).toList();
        ProductData updated = new ProductData(item.product().productId(), item.product().name(),
                item.product().groupCode(), item.product().groupName(), item.product().gtin(),
                item.product().description(), 2, item.product().producer(), List.of(new ImageData(photo.sha256(),
                photo.width(), photo.height(), "Hũ cao ngựa bạch Trường Nguyên", "A jar of Truong Nguyen white horse "
                + "bone glue", served)));
        publish(event(EventTypes.PRODUCT_UPDATED, updated.productId(), updated));
        awaitRecord(updated.productId(), r -> r.getList("images").size() == 1, FIXTURE_DEADLINE);
        String path = "/scan" + item.productPath() + "/10/" + item.lot().lotCode;

        String vi = page(item.productPath() + "/10/" + item.lot().lotCode, null);
        assertThat(vi).doesNotContain("Chưa có ảnh sản phẩm")
                .contains("src=\"" + served.get(1).url() + "\"", "width=\"480\" height=\"270\"",
                        "alt=\"Hũ cao ngựa bạch Trường Nguyên\"",
                        served.get(0).url() + " 160w", served.get(2).url() + " 1200w",
                        "alt=\"Đồng cỏ xóm Phẩm lúc bình minh\"", "src=\"" + photo.variants().get(1).url() + "\"");
        assertThat(tag(vi, "product-image")).as("the first thing on the screen is fetched first")
                .contains("fetchpriority=\"high\"").doesNotContain("loading=");
        assertThat(tag(vi, "area-photo")).as("the photo further down waits until it is scrolled near")
                .contains("loading=\"lazy\"", "decoding=\"async\"");
        assertThat(page(item.productPath() + "/10/" + item.lot().lotCode, "en"))
                .contains("alt=\"A jar of Truong Nguyen white horse bone glue\"",
                        "alt=\"The Phẩm hamlet pasture at dawn\"");
        given().get(photo.variants().get(1).url()).then().statusCode(200).contentType("image/jpeg")
                .header("Cache-Control", "public, max-age=31536000, immutable");

        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
        BufferedImage shot = screenshot(path, "image.png");
        assertThat(magentaPixels(shot)).as("pixels of the product image on the phone screen")
                .isGreaterThan(390 * 100);
    }

    /** The {@code <img>} tag of the given class. */
    private static String tag(String html, String imageClass) {
        int start = html.indexOf("<img class=\"" + imageClass + "\"");
        assertThat(start).as("an <img class=%s>", imageClass).isNotNegative();
        return html.substring(start, html.indexOf('>', start) + 1);
    }

    /** A PNG filled with magenta, a colour the page itself never uses. */
    private static byte[] magenta(int width, int height) throws java.io.IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(255, 0, 255));
        g.fillRect(0, 0, width, height);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static long magentaPixels(BufferedImage image) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) > 220 && ((rgb >> 8) & 0xff) < 50 && (rgb & 0xff) > 220) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String page(String digitalLinkPath, String acceptLanguage) {
        var request = given().accept(BROWSER_ACCEPT);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.get("/scan" + digitalLinkPath).then().statusCode(200).contentType(ContentType.HTML)
                .extract().asString();
    }

    private static ProductData certifiedProduct(TestData.CertificateBuilder certificate) {
        ProductData product = aProduct().withGtin(aGtin13()).build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product),
                event(EventTypes.CERTIFICATE_ISSUED, product.productId(), certificate.forProduct(product).build()));
        awaitRecord(product.productId(), r -> r.get("certificate") != null, FIXTURE_DEADLINE);
        return product;
    }

    private static ProductData revokedProduct(String reason) {
        ProductData product = aProduct().withGtin(aGtin13()).build();
        TestData.CertificateBuilder certificate = aCertificate().forProduct(product).withStars(4);
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product),
                event(EventTypes.CERTIFICATE_ISSUED, product.productId(), certificate.build()),
                event(EventTypes.CERTIFICATE_REVOKED, product.productId(), certificate.revokedFor(reason).build()));
        awaitRecord(product.productId(), r -> "REVOKED".equals(r.get("certificate.status")), FIXTURE_DEADLINE);
        return product;
    }

    private BufferedImage screenshot(String path, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name).toAbsolutePath();
        Files.deleteIfExists(file);
        Path profile = Files.createTempDirectory("chromium-profile");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=390,844",
                "--virtual-time-budget=5000", "--run-all-compositor-stages-before-draw",
                "--screenshot=" + file, new URL(app, path.substring(1)).toString())
                .redirectErrorStream(true).start();
        String output = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(file).as("screenshot written; chromium said: %s", output).exists();
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("a PNG image").isNotNull();
        return image;
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    /** Pixels close to the banner's #c62828. */
    private static long redPixels(BufferedImage image) {
        long red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.abs(r - 0xc6) < 20 && Math.abs(g - 0x28) < 20 && Math.abs(b - 0x28) < 20) {
                    red++;
                }
            }
        }
        return red;
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
