package vn.ocop.traceability.qr.service;

import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.platform.qr.QrSymbols;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Draws QR codes of Digital Link URIs as PNG and SVG, with the platform's {@link QrSymbols} (read back as drawn). */
@ApplicationScoped
public class QrCodeService {

    public static final int MIN_SIZE = 64;
    public static final int MAX_SIZE = 2048;

    /** A PNG of {@code size}×{@code size} pixels. */
    public byte[] png(String content, int size) {
        BitMatrix matrix = QrSymbols.drawn(content, size);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SVG drawn in module units (one path, crisp edges) and displayed at {@code size}×{@code size} pixels. */
    public String svg(String content, int size) {
        BitMatrix modules = QrSymbols.modules(content, size);
        int width = modules.getWidth();
        int height = modules.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && modules.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + size + "\" height=\"" + size
                + "\" viewBox=\"0 0 " + width + " " + height + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#ffffff\"/>"
                + "<path fill=\"#000000\" d=\"" + path + "\"/></svg>\n";
    }

    /** The modules of the code, quiet zone included, for callers that draw it themselves at about {@code size} pixels. */
    public BitMatrix modules(String content, int size) {
        return QrSymbols.modules(content, size);
    }
}
