package vn.ocop.traceability.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProductData;
import vn.ocop.traceability.support.Checkers;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.publish;
import static vn.ocop.traceability.support.TestData.aGtin13;
import static vn.ocop.traceability.support.TestData.aProduct;
import static vn.ocop.traceability.support.TraceRecords.awaitRecord;

@QuarkusTest
class QrCodeTest {

    @Test
    void shouldDrawAPngThatScansToExactlyTheDigitalLink() throws Exception {
        String gtin13 = aGtin13();
        ProductData product = registered(aProduct().withGtin(gtin13).build());

        Response response = given().when().get("/products/{id}/qr?format=png&size=300", product.productId());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("image/png");
        assertThat(response.header("Cache-Control")).contains("public", "max-age=");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.asByteArray()));
        assertThat(image.getWidth()).isEqualTo(300);
        Result decoded = new MultiFormatReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
        assertThat(decoded.getText()).isEqualTo("https://id.ocop.test/01/0" + gtin13);
        // and independently: jsQR reads the same text, GS1's digital-link.js parses it as a valid product link
        assertThat(Checkers.decodeQr(response.asByteArray())).isEqualTo(decoded.getText());
        assertThat(Checkers.parseDigitalLinks(List.of(decoded.getText()))).singleElement().satisfies(link -> {
            assertThat(link.valid()).isTrue();
            assertThat(link.identifier().path("01").asText()).isEqualTo("0" + gtin13);
        });
    }

    @Test
    void shouldDrawAPngForAProductWithoutGtinThatScansToItsInternalPath() throws Exception {
        ProductData product = registered(aProduct().build());

        byte[] png = given().when().get("/products/{id}/qr", product.productId())
                .then().statusCode(200).extract().asByteArray();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Result decoded = new MultiFormatReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
        assertThat(decoded.getText()).isEqualTo("https://id.ocop.test/p/" + product.productId());
    }

    @Test
    void shouldDrawAWellFormedSvg() throws Exception {
        ProductData product = registered(aProduct().withGtin(aGtin13()).build());

        Response response = given().when().get("/products/{id}/qr?format=svg&size=512", product.productId());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("image/svg+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("512");
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()).isEqualTo(1);
    }

    @Test
    void shouldRejectASizeOutOfRange() {
        ProductData product = registered(aProduct().build());

        for (int size : new int[] {63, 2049}) {
            given().when().get("/products/{id}/qr?size=" + size, product.productId())
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().when().get("/products/{id}/qr?format=gif", product.productId())
                .then().statusCode(400).contentType("application/problem+json");
        int notANumber = given().when().get("/products/{id}/qr?size=big", product.productId()).statusCode();
        assertThat(notANumber).isBetween(400, 499);
    }

    @Test
    void shouldAnswerNotFoundForTheQrOfAnUnknownProduct() {
        given().when().get("/products/{id}/qr", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static ProductData registered(ProductData product) {
        publish(event(EventTypes.PRODUCT_REGISTERED, product.productId(), product));
        awaitRecord(product.productId(), r -> true);
        return product;
    }
}
