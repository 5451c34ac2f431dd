package vn.ocop.platform.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one way both services draw a QR code (ISO/IEC 18004): error correction M, a quiet zone of 4 modules, UTF-8.
 * Every symbol is read back by ZXing's detector (the one in many phone scanner apps) as it will be drawn: for about
 * one content in 250 the mask the encoder picks leaves a pattern that this detector takes for a finder pattern, and
 * the symbol, valid as it is, is not found at that size; it is then encoded again with the first of the eight masks
 * that reads back. Reading back costs about a millisecond a symbol.
 */
public final class QrSymbols {

    /** Modules of white around the symbol, as the standard asks. */
    public static final int QUIET_ZONE_MODULES = 4;

    private static final int MASKS = 8;

    private QrSymbols() {
    }

    /**
     * The symbol of {@code content} drawn on {@code size}×{@code size} pixels (a whole number of pixels per module,
     * centred), read back as drawn.
     */
    public static BitMatrix drawn(String content, int size) {
        return encode(content, size, readableMask(content, size));
    }

    /**
     * The modules of the symbol of {@code content}, quiet zone included, one bit per module, for a caller that draws
     * them itself at about {@code drawnSize} pixels: the symbol was read back drawn at that size.
     */
    public static BitMatrix modules(String content, int drawnSize) {
        return encode(content, 0, readableMask(content, drawnSize));
    }

    /** Null when the encoder's own choice reads back (nearly always), else the first mask that does. */
    private static Integer readableMask(String content, int size) {
        if (readsBack(content, encode(content, size, null))) {
            return null;
        }
        for (int mask = 0; mask < MASKS; mask++) {
            if (readsBack(content, encode(content, size, mask))) {
                return mask;
            }
        }
        return null; // never seen: the encoder's choice is still a valid symbol
    }

    private static boolean readsBack(String content, BitMatrix pixels) {
        try {
            return content.equals(new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(new Printed(pixels)))).getText());
        } catch (ReaderException e) {
            return false;
        }
    }

    private static BitMatrix encode(String content, int size, Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + content, e);
        }
    }

    /** Drawn pixels as the luminance a reader sees: dark modules black, the rest white. */
    private static final class Printed extends LuminanceSource {

        private final BitMatrix pixels;

        Printed(BitMatrix pixels) {
            super(pixels.getWidth(), pixels.getHeight());
            this.pixels = pixels;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            int width = getWidth();
            byte[] out = row == null || row.length < width ? new byte[width] : row;
            for (int x = 0; x < width; x++) {
                out[x] = pixels.get(x, y) ? 0 : (byte) 0xFF;
            }
            return out;
        }

        @Override
        public byte[] getMatrix() {
            int width = getWidth();
            byte[] matrix = new byte[width * getHeight()];
            byte[] row = new byte[width];
            for (int y = 0; y < getHeight(); y++) {
                System.arraycopy(getRow(y, row), 0, matrix, y * width, width);
            }
            return matrix;
        }
    }
}
