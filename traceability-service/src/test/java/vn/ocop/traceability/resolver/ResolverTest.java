package vn.ocop.traceability.resolver;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.support.TestData;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.publish;
import static vn.ocop.traceability.support.TestData.aCertificate;
import static vn.ocop.traceability.support.TestData.aGtin13;
import static vn.ocop.traceability.support.TestData.aProduct;
import static vn.ocop.traceability.support.TraceRecords.awaitRecord;

@QuarkusTest
class ResolverTest {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void shouldResolveGtinToTheTraceRecordForJsonClients() {
        String gtin13 = aGtin13();
        ProductData product = certifiedProductWithGtin(gtin13, "Chè Tân Cương Hoàng Bình");

        given().accept(ContentType.JSON)
                .when().get("/01/{gtin}", "0" + gtin13)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("productId", equalTo(product.productId().toString()))
                .body("gtin", equalTo("0" + gtin13))
                .body("digitalLink", equalTo("https://id.ocop.test/01/0" + gtin13))
                .body("stars", equalTo(4));
    }

    @Test
    void shouldNormaliseAShortGtinBeforeResolving() {
        String gtin13 = aGtin13();
        ProductData product = certifiedProductWithGtin(gtin13, "Miến dong Bình Liêu");

        given().accept(ContentType.JSON)
                .when().get("/01/{gtin}", gtin13)
                .then().statusCode(200)
                .body("productId", equalTo(product.productId().toString()));
    }

    @Test
    void shouldShowTheVietnameseScanPageToBrowsers() {
        String gtin13 = aGtin13();
        certifiedProductWithGtin(gtin13, "Cao ngựa bạch Trường Nguyên");

        String page = given().accept(BROWSER_ACCEPT)
                .when().get("/01/{gtin}", "0" + gtin13)
                .then().statusCode(200).contentType(ContentType.HTML)
                .extract().asString();

        assertThat(page).contains("<meta name=\"viewport\"", "charset=\"UTF-8\"", "lang=\"vi\"")
                .contains("Cao ngựa bạch Trường Nguyên", "Thảo dược", "Hộ kinh doanh Hoàng Văn Hoan")
                .contains("Phú Bình, Thái Nguyên", "★★★★", "4 sao", "UBND tỉnh Thái Nguyên", "OCOP-TN-2025-")
                .contains("Còn hiệu lực đến")
                .doesNotContain("<script");
    }

    @Test
    void shouldShowRevokedOnTheScanPageWhenCertificateIsRevoked() {
        String gtin13 = aGtin13();
        ProductData product = aProduct().withGtin(gtin13).build();
        TestData.CertificateBuilder certificate = aCertificate().forProduct(product).withStars(4);
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product),
                event(EventTypes.CERTIFICATE_ISSUED, product.productId(), certificate.build()),
                event(EventTypes.CERTIFICATE_REVOKED, product.productId(),
                        certificate.revokedFor("Không duy trì tiêu chí bắt buộc").build()));
        awaitRecord(product.productId(), r -> "REVOKED".equals(r.get("certificate.status")));

        String page = given().accept(BROWSER_ACCEPT).when().get("/01/{gtin}", gtin13)
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("ĐÃ BỊ THU HỒI", "Không duy trì tiêu chí bắt buộc")
                .doesNotContain("★", "Còn hiệu lực");
    }

    @Test
    void shouldWarnOnTheScanPageWhenCertificateHasLapsedOrIsAboutTo() {
        ProductData lapsed = aProduct().named("Chè búp Tân Cương").build();
        ProductData ending = aProduct().named("Mì Chũ").build();
        publish(event(EventTypes.PRODUCT_REGISTERED, lapsed.productId(), lapsed),
                event(EventTypes.CERTIFICATE_ISSUED, lapsed.productId(), aCertificate().forProduct(lapsed).withStars(4)
                        .decidedOn(LocalDate.now().minusYears(4)).validUntil(LocalDate.now().minusDays(3)).build()),
                event(EventTypes.PRODUCT_REGISTERED, ending.productId(), ending),
                event(EventTypes.CERTIFICATE_ISSUED, ending.productId(), aCertificate().forProduct(ending).withStars(3)
                        .decidedOn(LocalDate.now().minusMonths(35)).validUntil(LocalDate.now().plusDays(20)).build()));
        awaitRecord(lapsed.productId(), r -> r.get("certificate") != null);
        awaitRecord(ending.productId(), r -> r.get("certificate") != null);

        String lapsedPage = given().accept(BROWSER_ACCEPT).when().get("/p/{id}", lapsed.productId())
                .then().statusCode(200).extract().asString();
        String endingPage = given().accept(BROWSER_ACCEPT).when().get("/p/{id}", ending.productId())
                .then().statusCode(200).extract().asString();

        assertThat(lapsedPage).contains("ĐÃ HẾT HẠN").doesNotContain("★", "Còn hiệu lực đến");
        assertThat(endingPage).contains("Sắp hết hạn", "★★★");
    }

    @Test
    void shouldSayNotCertifiedOnTheScanPageOfAProductWithoutCertificate() {
        ProductData product = aProduct().named("Bánh chưng <Bờ Đậu> & \"xanh\"").build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product));
        awaitRecord(product.productId(), r -> true);

        String page = given().accept(BROWSER_ACCEPT).when().get("/p/{id}", product.productId())
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("Chưa được chứng nhận OCOP").doesNotContain("Sản phẩm OCOP", "★")
                .contains("Bánh chưng &lt;Bờ Đậu&gt; &amp; &quot;xanh&quot;")
                .doesNotContain("<Bờ Đậu>");
    }

    @Test
    void shouldResolveAProductWithoutGtinByItsInternalPath() {
        ProductData product = aProduct().named("Gạo nếp cái hoa vàng").build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product));
        awaitRecord(product.productId(), r -> true);

        given().accept(ContentType.JSON)
                .when().get("/p/{id}", product.productId())
                .then().statusCode(200)
                .body("name", equalTo("Gạo nếp cái hoa vàng"))
                .body("gtin", equalTo(null))
                .body("digitalLink", equalTo("https://id.ocop.test/p/" + product.productId()));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownGtin() {
        given().accept(ContentType.JSON)
                .when().get("/01/{gtin}", aGtin13())
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));

        String page = given().accept(BROWSER_ACCEPT).when().get("/p/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType(ContentType.HTML).extract().asString();
        assertThat(page).contains("Không tìm thấy");
    }

    @Test
    void shouldRejectAGtinWithABadCheckDigit() {
        String valid = aGtin13();
        String badCheckDigit = valid.substring(0, 12) + ((valid.charAt(12) - '0' + 1) % 10);

        given().accept(ContentType.JSON)
                .when().get("/01/{gtin}", badCheckDigit)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("gtin"));

        given().accept(ContentType.JSON).when().get("/01/12345").then().statusCode(400);
        String page = given().accept(BROWSER_ACCEPT).when().get("/01/{gtin}", badCheckDigit)
                .then().statusCode(400).contentType(ContentType.HTML).extract().asString();
        assertThat(page).contains("Mã không hợp lệ");
    }

    private static ProductData certifiedProductWithGtin(String gtin, String name) {
        ProductData product = aProduct().named(name).withGtin(gtin).build();
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product),
                event(EventTypes.CERTIFICATE_ISSUED, product.productId(),
                        aCertificate().forProduct(product).withStars(4).build()));
        awaitRecord(product.productId(), r -> Integer.valueOf(4).equals(r.get("stars")));
        return product;
    }
}
