package vn.ocop.registry.certificate.pdf;

import com.google.zxing.common.BitMatrix;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.ocop.platform.qr.QrSymbols;
import vn.ocop.registry.certificate.CertificateStatus;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Draws the Vietnamese certificate sheet (A4) with its QR code. The text is set in DejaVu Sans, embedded as a subset,
 * which covers Vietnamese and the ★ sign; the QR code (error correction M, quiet zone 4 modules) is a lossless image
 * of the product's Digital Link URI.
 */
@ApplicationScoped
public class CertificatePdfRenderer {

    private static final String FONT_DIR = "net/sf/jasperreports/fonts/dejavu/";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float MARGIN = 56;
    private static final float LABEL_WIDTH = 130;
    private static final int QR_IMAGE_PIXELS = 400;
    private static final float[] RED = {0.63f, 0.09f, 0.09f};
    private static final float[] GOLD = {0.85f, 0.62f, 0.05f};
    private static final Map<CertificateStatus, String> STATUS = Map.of(
            CertificateStatus.VALID, "Còn hiệu lực",
            CertificateStatus.EXPIRED, "Hết hiệu lực",
            CertificateStatus.REVOKED, "Đã thu hồi",
            CertificateStatus.SUPERSEDED, "Đã được thay thế bằng giấy chứng nhận mới");

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");

    /** The PDF of one certificate. */
    public byte[] render(CertificateSheet sheet) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            describe(document, sheet);
            PDType0Font text = PDType0Font.load(document, new RandomAccessReadBuffer(regular), true, false);
            PDType0Font heading = PDType0Font.load(document, new RandomAccessReadBuffer(bold), true, false);
            PDImageXObject qr = LosslessFactory.createFromImage(document, qrImage(sheet.digitalLink()));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new Sheet(content, page.getMediaBox(), text, heading).draw(sheet, qr);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render certificate " + sheet.number(), e);
        }
    }

    private static void describe(PDDocument document, CertificateSheet sheet) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Giấy chứng nhận sản phẩm OCOP " + sheet.number());
        info.setSubject(sheet.productName());
        info.setAuthor(sheet.issuingAuthority());
        info.setCreator("OCOP registry");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(sheet.printedAt().toInstant().toEpochMilli());
        info.setCreationDate(created);
    }

    /** The QR code as a black-and-white image of {@value #QR_IMAGE_PIXELS} pixels a side, read back as drawn. */
    static BufferedImage qrImage(String content) {
        BitMatrix drawn = QrSymbols.drawn(content, QR_IMAGE_PIXELS);
        BufferedImage image = new BufferedImage(drawn.getWidth(), drawn.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                image.setRGB(x, y, drawn.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }

    private static byte[] font(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FONT_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page being drawn, top to bottom. */
    private static final class Sheet {
        private final PDPageContentStream content;
        private final PDRectangle box;
        private final PDType0Font text;
        private final PDType0Font heading;
        private float y;

        Sheet(PDPageContentStream content, PDRectangle box, PDType0Font text, PDType0Font heading) {
            this.content = content;
            this.box = box;
            this.text = text;
            this.heading = heading;
            this.y = box.getHeight() - MARGIN - 20;
        }

        void draw(CertificateSheet sheet, PDImageXObject qr) throws IOException {
            frame();
            centred(heading, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", null);
            centred(heading, 11, "Độc lập - Tự do - Hạnh phúc", null);
            y -= 34;
            centred(heading, 26, "GIẤY CHỨNG NHẬN", RED);
            centred(heading, 18, "SẢN PHẨM OCOP", RED);
            centred(text, 11, "Chương trình Mỗi xã một sản phẩm", null);
            y -= 6;
            centred(text, 13, "Số: " + sheet.number(), null);
            y -= 10;
            centred(heading, 34, "★".repeat(sheet.stars()), GOLD);
            centred(heading, 13, "Hạng " + sheet.stars() + " sao", null);
            y -= 18;
            field("Sản phẩm", sheet.productName());
            field("Chủ thể", sheet.producerName());
            field("Địa chỉ", sheet.producerAddress());
            field("Xã, phường", sheet.communeName());
            field("Tỉnh, thành phố", sheet.provinceName());
            field("Cơ quan cấp", sheet.issuingAuthority());
            field("Ngày quyết định", DAY.format(sheet.decisionDate()));
            field("Hiệu lực đến", DAY.format(sheet.validUntil()));
            field("Trạng thái", STATUS.get(sheet.status()) + " (ngày " + DAY.format(sheet.asOf()) + ")");
            qr(sheet, qr);
        }

        private void frame() throws IOException {
            content.setStrokingColor(RED[0], RED[1], RED[2]);
            content.setLineWidth(3);
            content.addRect(24, 24, box.getWidth() - 48, box.getHeight() - 48);
            content.stroke();
            content.setStrokingColor(GOLD[0], GOLD[1], GOLD[2]);
            content.setLineWidth(1);
            content.addRect(32, 32, box.getWidth() - 64, box.getHeight() - 64);
            content.stroke();
        }

        private void qr(CertificateSheet sheet, PDImageXObject qr) throws IOException {
            float size = 132;
            float left = box.getWidth() - MARGIN - size;
            float bottom = MARGIN + 36;
            content.drawImage(qr, left, bottom, size, size);
            float captionWidth = left - MARGIN - 16;
            float line = bottom + size - 40;
            line = write(heading, 11, "Tra cứu nguồn gốc sản phẩm", MARGIN, line, captionWidth, null);
            line = write(text, 10, "Quét mã QR hoặc mở địa chỉ:", MARGIN, line - 4, captionWidth, null);
            write(text, 9, sheet.digitalLink(), MARGIN, line - 2, captionWidth, null);
            write(text, 8, "Giấy chứng nhận có hiệu lực 36 tháng kể từ ngày quyết định.", MARGIN, MARGIN + 8,
                    box.getWidth() - 2 * MARGIN, null);
        }

        private void centred(PDType0Font font, float size, String value, float[] colour) throws IOException {
            String line = printable(font, value);
            float width = font.getStringWidth(line) / 1000 * size;
            y -= size * 1.35f;
            show(font, size, line, (box.getWidth() - width) / 2, y, colour);
        }

        private void field(String label, String value) throws IOException {
            if (value == null || value.isBlank()) {
                return;
            }
            float top = y - 12 * 1.45f;
            write(heading, 11, label + ":", MARGIN + 10, top, LABEL_WIDTH, null);
            y = write(text, 12, value, MARGIN + 10 + LABEL_WIDTH, top,
                    box.getWidth() - 2 * MARGIN - 10 - LABEL_WIDTH, null) + 12 * 1.45f - 6;
        }

        /** Writes wrapped text with its first baseline at {@code top}; returns the baseline of its last line. */
        private float write(PDType0Font font, float size, String value, float x, float top, float width,
                            float[] colour) throws IOException {
            float baseline = top;
            List<String> lines = wrap(font, size, printable(font, value), width);
            for (int i = 0; i < lines.size(); i++) {
                baseline = top - i * size * 1.3f;
                show(font, size, lines.get(i), x, baseline, colour);
            }
            return baseline - size * 1.3f;
        }

        private void show(PDType0Font font, float size, String line, float x, float baseline, float[] colour)
                throws IOException {
            content.beginText();
            if (colour != null) {
                content.setNonStrokingColor(colour[0], colour[1], colour[2]);
            } else {
                content.setNonStrokingColor(0f);
            }
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(line);
            content.endText();
        }
    }

    /** Splits text into lines no wider than {@code width}; a word longer than a line is cut. */
    static List<String> wrap(PDType0Font font, float size, String value, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : value.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widthOf(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (widthOf(font, size, rest) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && widthOf(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float widthOf(PDType0Font font, float size, String value) throws IOException {
        return font.getStringWidth(value) / 1000 * size;
    }

    /** The text with characters the font cannot show replaced by '?', and control characters dropped. */
    static String printable(PDType0Font font, String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                return;
            }
            String character = new String(Character.toChars(cp));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
