package vn.ocop.traceability.serial.service;

import com.google.zxing.common.BitMatrix;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.ocop.traceability.qr.service.QrCodeService;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Draws A4 sheets of unit labels: a grid of {@value #COLUMNS}×{@value #ROWS} cells, each with the QR code of the
 * unit's Digital Link (error correction M, quiet zone of 4 modules kept blank, drawn as vector squares so it prints
 * sharp at any resolution) and its human-readable GTIN, lot and serial. Text is set in DejaVu Sans (Vietnamese).
 */
@ApplicationScoped
public class SerialLabelRenderer {

    static final int COLUMNS = 4;
    static final int ROWS = 6;
    public static final int LABELS_PER_PAGE = COLUMNS * ROWS;

    private static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final float MARGIN = 28;
    private static final float QR_SIZE = 88;
    /** The QR code's side printed at 300 dpi: its symbol is read back drawn at that size. */
    private static final int QR_PRINTED_PIXELS = Math.round(QR_SIZE / 72 * 300);
    private static final float TEXT_SIZE = 6.5f;
    private static final float LINE = 8.5f;

    private final byte[] font = font();

    private final QrCodeService qrCodes;

    public SerialLabelRenderer(QrCodeService qrCodes) {
        this.qrCodes = qrCodes;
    }

    /** One label: the URI its QR code carries and the GS1 element strings printed under it. */
    public record Label(String uri, String gtin14, String lotCode, String serial) {
    }

    /** The PDF of the labels, {@value #LABELS_PER_PAGE} per page (one empty page when there are none). */
    public byte[] render(String productName, List<Label> labels) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Tem mã định danh - " + productName);
            document.getDocumentInformation().setCreator("OCOP traceability");
            PDType0Font text = PDType0Font.load(document, new RandomAccessReadBuffer(font), true, false);
            int pages = Math.max(1, (labels.size() + LABELS_PER_PAGE - 1) / LABELS_PER_PAGE);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                List<Label> onPage = labels.subList(p * LABELS_PER_PAGE,
                        Math.min(labels.size(), (p + 1) * LABELS_PER_PAGE));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    drawPage(content, page.getMediaBox(), text, productName, onPage);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render labels", e);
        }
    }

    private void drawPage(PDPageContentStream content, PDRectangle box, PDType0Font text, String productName,
                          List<Label> labels) throws IOException {
        float cellWidth = (box.getWidth() - 2 * MARGIN) / COLUMNS;
        float cellHeight = (box.getHeight() - 2 * MARGIN) / ROWS;
        for (int i = 0; i < labels.size(); i++) {
            float left = MARGIN + (i % COLUMNS) * cellWidth;
            float top = box.getHeight() - MARGIN - (i / COLUMNS) * cellHeight;
            drawCutMarks(content, left, top, cellWidth, cellHeight);
            Label label = labels.get(i);
            float qrLeft = left + (cellWidth - QR_SIZE) / 2;
            float qrBottom = top - 4 - QR_SIZE;
            drawQr(content, qrCodes.modules(label.uri(), QR_PRINTED_PIXELS), qrLeft, qrBottom);
            float baseline = qrBottom - 2;
            for (String line : List.of(productName, "(01) " + label.gtin14(), "(10) " + label.lotCode(),
                    "(21) " + label.serial())) {
                baseline -= LINE;
                show(content, text, fit(text, line, cellWidth - 8), left + 4, baseline);
            }
        }
    }

    /** Light corner ticks that show where to cut without touching the QR code's quiet zone. */
    private static void drawCutMarks(PDPageContentStream content, float left, float top, float width, float height)
            throws IOException {
        content.setStrokingColor(0.75f);
        content.setLineWidth(0.3f);
        float tick = 5;
        float bottom = top - height;
        float right = left + width;
        for (float[] corner : new float[][] {{left, top, 1, -1}, {right, top, -1, -1}, {left, bottom, 1, 1},
                {right, bottom, -1, 1}}) {
            content.moveTo(corner[0], corner[1]);
            content.lineTo(corner[0] + corner[2] * tick, corner[1]);
            content.moveTo(corner[0], corner[1]);
            content.lineTo(corner[0], corner[1] + corner[3] * tick);
        }
        content.stroke();
    }

    /** Fills the dark modules, one rectangle per horizontal run; the quiet zone stays unpainted (white paper). */
    private static void drawQr(PDPageContentStream content, BitMatrix modules, float left, float bottom)
            throws IOException {
        float module = QR_SIZE / modules.getWidth();
        content.setNonStrokingColor(0f);
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules.getWidth() && modules.get(x, y)) {
                    x++;
                }
                content.addRect(left + start * module, bottom + QR_SIZE - (y + 1) * module, (x - start) * module,
                        module);
            }
        }
        content.fill();
    }

    private static void show(PDPageContentStream content, PDType0Font font, String line, float x, float baseline)
            throws IOException {
        content.beginText();
        content.setNonStrokingColor(0f);
        content.setFont(font, TEXT_SIZE);
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.endText();
    }

    /** The text cut with an ellipsis to fit {@code width}; characters the font lacks become '?'. */
    private static String fit(PDType0Font font, String value, float width) throws IOException {
        StringBuilder printable = new StringBuilder();
        value.codePoints().filter(cp -> !Character.isISOControl(cp)).forEach(cp -> {
            String character = new String(Character.toChars(cp));
            try {
                font.encode(character);
                printable.append(character);
            } catch (IOException | IllegalArgumentException e) {
                printable.append('?');
            }
        });
        String line = printable.toString();
        if (widthOf(font, line) <= width) {
            return line;
        }
        while (!line.isEmpty() && widthOf(font, line + "…") > width) {
            line = line.substring(0, line.length() - 1);
        }
        return line + "…";
    }

    private static float widthOf(PDType0Font font, String value) throws IOException {
        return font.getStringWidth(value) / 1000 * TEXT_SIZE;
    }

    private static byte[] font() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
