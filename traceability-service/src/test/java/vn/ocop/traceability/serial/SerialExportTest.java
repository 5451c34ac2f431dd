package vn.ocop.traceability.serial;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import vn.ocop.traceability.support.Checkers;
import vn.ocop.traceability.support.SerialFixtures.Registered;
import vn.ocop.traceability.support.TemporaryLots;
import vn.ocop.traceability.support.TemporaryLots.Lot;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.SerialFixtures.aRegisteredProductWithGtin;
import static vn.ocop.traceability.support.SerialFixtures.generate;

@QuarkusTest
class SerialExportTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldExportACsvWithBomHeaderAndOneParsableDigitalLinkPerSerial() {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(dataSource, tea.product().productId());
        String batch = generate(tea.producerToken(), lot.id(), 50).then().statusCode(201).extract().path("batchId");
        generate(tea.producerToken(), lot.id(), 7).then().statusCode(201);

        Response response = given().auth().oauth2(tea.producerToken())
                .when().get("/lots/{lotId}/serials.csv?batch=" + batch, lot.id());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        byte[] body = response.asByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("serial,uri,gtin,lot");
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
        assertThat(rows).hasSize(50).allSatisfy(row -> assertThat(row).hasSize(4));
        assertThat(rows.stream().map(r -> r[0]).collect(Collectors.toSet())).hasSize(50);

        List<Checkers.ParsedLink> links = Checkers.parseDigitalLinks(rows.stream().map(r -> r[1]).toList());
        assertThat(links).hasSize(50);
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            Checkers.ParsedLink link = links.get(i);
            assertThat(link.valid()).as("valid Digital Link: %s (%s)", link.uri(), link).isTrue();
            assertThat(link.identifier().path("01").asText()).isEqualTo(tea.gtin14()).isEqualTo(row[2]);
            assertThat(link.keyQualifiers().path("10").asText()).isEqualTo(lot.code()).isEqualTo(row[3]);
            assertThat(link.keyQualifiers().path("21").asText()).isEqualTo(row[0]);
        }
    }

    @Test
    void shouldQuoteLotCodesThatHoldACommaAsRfc4180Asks() {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(dataSource, tea.product().productId(), "A,\"B\"" + System.nanoTime() % 10_000);
        generate(tea.producerToken(), lot.id(), 2).then().statusCode(201);

        String text = given().auth().oauth2(tea.producerToken()).when().get("/lots/{lotId}/serials.csv", lot.id())
                .then().statusCode(200).extract().asString();

        String quoted = "\"" + lot.code().replace("\"", "\"\"") + "\"";
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).endsWith("," + quoted);
    }

    @Test
    void shouldExportTheHeaderAloneForALotWithoutSerials() {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(dataSource, tea.product().productId());

        byte[] body = given().auth().oauth2(tea.producerToken()).when().get("/lots/{lotId}/serials.csv", lot.id())
                .then().statusCode(200).extract().asByteArray();

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("\uFEFFserial,uri,gtin,lot\r\n");
    }

    @Test
    void shouldPrintLabelSheetsWhoseQrCodesScanToTheUnitsDigitalLinks() throws Exception {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(dataSource, tea.product().productId());
        String batch = generate(tea.producerToken(), lot.id(), 30).then().statusCode(201).extract().path("batchId");
        Map<String, Object> first = given().auth().oauth2(tea.producerToken())
                .when().get("/lots/{lotId}/serials?size=1&batch=" + batch, lot.id())
                .then().statusCode(200).extract().path("items[0]");
        String firstUri = (String) first.get("uri");

        Response response = given().auth().oauth2(tea.producerToken())
                .when().get("/lots/{lotId}/serials/labels.pdf?batch=" + batch, lot.id());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.asByteArray())) {
            // 24 labels on an A4 page: 30 labels need two
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, Offset.offset(1f));
            String pageText = new PDFTextStripper().getText(pdf);
            assertThat(pageText).contains("(01) " + tea.gtin14(), "(10) " + lot.code(),
                    "(21) " + first.get("serial"), "Trà xanh Tân Cương");

            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200, ImageType.GRAY);
            int labelWidth = page.getWidth() / 4;
            int labelHeight = page.getHeight() / 6;
            // the first label, top left: both decoders read exactly the first unit's URI
            BufferedImage firstLabel = page.getSubimage(0, 0, labelWidth + 20, labelHeight + 20);
            assertThat(Checkers.decodeQr(png(firstLabel))).isEqualTo(firstUri);
            Result zxing = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(firstLabel))), Map.of(DecodeHintType.TRY_HARDER, true));
            assertThat(zxing.getText()).isEqualTo(firstUri);
            // and every QR code on the page is a unit of this lot
            BinaryBitmap wholePage = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            Set<String> all = Arrays.stream(new GenericMultipleBarcodeReader(new MultiFormatReader())
                            .decodeMultiple(wholePage, Map.of(DecodeHintType.TRY_HARDER, true,
                                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))))
                    .map(Result::getText).collect(Collectors.toSet());
            assertThat(all).contains(firstUri).allSatisfy(uri -> assertThat(uri)
                    .startsWith("https://id.ocop.test/01/" + tea.gtin14() + "/10/" + lot.code() + "/21/"));
        }
    }

    @Test
    void shouldRejectALabelSheetLargerThanTheConfiguredMaximum() {
        Registered tea = aRegisteredProductWithGtin();
        Lot lot = TemporaryLots.insert(dataSource, tea.product().productId());

        given().auth().oauth2(tea.producerToken()).when().get("/lots/{lotId}/serials/labels.pdf?size=5001", lot.id())
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
