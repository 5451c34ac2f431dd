package vn.ocop.registry.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.support.RegistryTestResources;
import vn.ocop.registry.support.Tokens;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aGtin13;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

@QuarkusTest
class CertificatePdfTest {

    @Test
    void shouldPrintVietnameseCertificateWithQrCodeOfTheProductDigitalLink() throws Exception {
        String gtin = aGtin13();
        UUID producer = aProducer().named("Hoàng Văn Hoan").with("address", "Xóm Phẩm 1, xã Dương Thành").create();
        UUID product = aProduct(producer).named("Cao ngựa bạch Hoan Hoa").inGroup("HERBAL").withGtin(gtin).create();
        UUID certificate = aCertificate(product).stars(4).record();
        String number = given().get("/certificates/" + certificate).then().extract().path("number");

        byte[] pdf = given().accept("application/pdf").get("/certificates/" + certificate + "/pdf")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString(".pdf")).extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("GIẤY CHỨNG NHẬN", "SẢN PHẨM OCOP", "Cao ngựa bạch Hoan Hoa", "Hoàng Văn Hoan",
                    "Xóm Phẩm 1, xã Dương Thành", "Xã Phú Bình", "Tỉnh Thái Nguyên", "UBND tỉnh Thái Nguyên",
                    "Số: " + number, "★★★★", "Hạng 4 sao", "Còn hiệu lực");
            assertThat(text).doesNotContain("★★★★★");
            assertThat(qrCodes(document)).containsExactly(RegistryTestResources.RESOLVER_BASE + "/01/0" + gtin);
        }
    }

    @Test
    void shouldPrintRevokedStatusAndInternalLinkOfProductWithoutGtin() throws Exception {
        UUID product = aProduct(aProducer().create()).named("Miến dong Việt Cường").create();
        UUID certificate = aCertificate(product).stars(3).record();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Vi phạm an toàn thực phẩm")).post("/certificates/" + certificate + "/revoke")
                .then().statusCode(200);

        byte[] pdf = given().get("/certificates/" + certificate + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Miến dong Việt Cường", "★★★", "Đã thu hồi").doesNotContain("★★★★");
            assertThat(qrCodes(document))
                    .containsExactly(RegistryTestResources.RESOLVER_BASE + "/p/" + product);
        }
    }

    @Test
    void shouldAnswerUnknownCertificatePdfWithProblem() {
        given().accept("application/pdf").get("/certificates/" + UUID.randomUUID() + "/pdf")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    /** Every image on the first page read as a QR code. */
    private static List<String> qrCodes(PDDocument document) throws Exception {
        PDResources resources = document.getPage(0).getResources();
        List<String> decoded = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                BufferedImage picture = image.getImage();
                int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0,
                        picture.getWidth());
                var bitmap = new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels)));
                decoded.add(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true)).getText());
            }
        }
        return decoded;
    }
}
