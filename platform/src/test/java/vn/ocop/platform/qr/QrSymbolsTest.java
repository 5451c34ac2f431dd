package vn.ocop.platform.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrSymbolsTest {

    private static final Map<DecodeHintType, Object> AS_A_SCANNER_APP = Map.of(DecodeHintType.TRY_HARDER, true,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    /** Contents whose symbol, with the mask ZXing's encoder picks, ZXing's own detector does not find at any size. */
    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:36305/01/06587483907828", "http://localhost:47452/01/06146032676801",
            "https://id.ocop.test/01/05185347570667", "https://id.ocop.test/01/07372885179967"})
    void shouldDrawASymbolAScannerFindsWhereTheEncodersOwnChoiceIsNotFound(String content) throws Exception {
        BitMatrix encodersChoice = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 300, 300, Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                EncodeHintType.CHARACTER_SET, "UTF-8"));
        assertThatThrownBy(() -> scan(encodersChoice)).isInstanceOf(NotFoundException.class);

        for (int size : new int[] {150, 200, 300, 512, 1024}) {
            assertThat(scan(QrSymbols.drawn(content, size))).as("at %d pixels", size).isEqualTo(content);
        }
    }

    @Test
    void shouldDrawSymbolsEveryOneOfWhichAScannerReads() throws Exception {
        Random random = new Random(20261204);
        for (int i = 0; i < 500; i++) {
            String link = "https://id.ocop.gov.vn/01/0%013d/10/L%03d/21/%08X".formatted(
                    (long) (random.nextDouble() * 1e13), random.nextInt(1000), random.nextInt());
            assertThat(scanOrNull(QrSymbols.drawn(link, 300))).as(link).isEqualTo(link);
        }
    }

    @Test
    void shouldGiveOneBitPerModuleWithAQuietZoneOfFourModules() {
        BitMatrix modules = QrSymbols.modules("https://id.ocop.test/01/05185347570667", 300);

        int symbol = modules.getWidth() - 2 * QrSymbols.QUIET_ZONE_MODULES;
        assertThat(modules.getHeight()).isEqualTo(modules.getWidth());
        assertThat((symbol - 21) % 4).as("a QR version is 21 + 4k modules wide").isZero();
        for (int i = 0; i < modules.getWidth(); i++) {
            assertThat(modules.get(i, 0) || modules.get(0, i) || modules.get(i, 3) || modules.get(3, i)).isFalse();
        }
        assertThat(modules.get(4, 4)).as("the finder pattern's corner").isTrue();
    }

    @Test
    void shouldGiveTheModulesOfASymbolThatReadsBackAtTheSizeTheCallerDrawsItAt() throws Exception {
        String content = "https://id.ocop.test/01/05185347570667";
        BitMatrix modules = QrSymbols.modules(content, 300);
        int scale = 300 / modules.getWidth();
        BitMatrix drawn = new BitMatrix(modules.getWidth() * scale);
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                if (modules.get(x / scale, y / scale)) {
                    drawn.set(x, y);
                }
            }
        }
        assertThat(scan(drawn)).isEqualTo(content);
    }

    @Test
    void shouldCentreTheSymbolOnTheAskedSize() {
        BitMatrix drawn = QrSymbols.drawn("https://id.ocop.test/01/05185347570667", 300);

        assertThat(drawn.getWidth()).isEqualTo(300);
        assertThat(drawn.getHeight()).isEqualTo(300);
    }

    private static String scanOrNull(BitMatrix drawn) {
        try {
            return scan(drawn);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static String scan(BitMatrix drawn) throws NotFoundException {
        var image = MatrixToImageWriter.toBufferedImage(drawn);
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), AS_A_SCANNER_APP).getText();
    }
}
