package vn.ocop.contract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Known compressed forms (as GS1's toolkit writes them) and what is not a compressed Digital Link. */
class DigitalLinkCompressionTest {

    @Test
    void compressesProductLotAndSerialAsGs1sToolkitDoes() {
        assertThat(DigitalLinkCompression.compress("08935000000014", null, null)).isEqualTo("ARBArwCMHA");
        assertThat(DigitalLinkCompression.compress("8935000000014", "LOT2026A", null))
                .isEqualTo("CxBArwCMHNBZye2m3QA");
        assertThat(DigitalLinkCompression.compress("08935000000014", "LOT2026A", "000123"))
                .isEqualTo("CxBArwCMHNBZye2m3QBCDAAPY");
    }

    @Test
    void decompressesToTheUncompressedPathKeepingLeadingZeros() {
        assertThat(DigitalLinkCompression.decompress("ARBArwCMHA").uncompressed()).isEqualTo("/01/08935000000014");
        assertThat(DigitalLinkCompression.decompress("CxBArwCMHNBZye2m3QBCDAAPY").uncompressed())
                .isEqualTo("/01/08935000000014/10/LOT2026A/21/000123");
    }

    @Test
    void putsAttributesInTheQueryAndQualifiersInPathOrder() {
        String compressed = DigitalLinkCompression.compress(
                Map.of("01", "08935000000014", "21", "A/1", "22", "v2", "17", "261231"), Map.of());
        assertThat(DigitalLinkCompression.decompress(compressed).uncompressed())
                .isEqualTo("/01/08935000000014/22/v2/21/A%2F1?17=261231");
    }

    @Test
    void compressesTheDigitalLinksPrintedInQrCodesAndLeavesInternalPathsAlone() {
        DigitalLinks links = new DigitalLinks("https://id.ocop.vn/");
        assertThat(links.compressed(links.product(null, "8935000000014"))).isEqualTo("https://id.ocop.vn/ARBArwCMHA");
        String serial = links.serial("08935000000014", "L/1+2", "000123");
        String compressed = links.compressed(serial);
        assertThat(DigitalLinkCompression.decompress(compressed.substring(compressed.lastIndexOf('/') + 1))
                .uncompressed()).isEqualTo(serial.substring("https://id.ocop.vn".length()));
        String internal = links.product(java.util.UUID.randomUUID(), null);
        assertThat(links.compressed(internal)).isEqualTo(internal);
    }

    @Test
    void rejectsWhatIsNotACompressedDigitalLink() {
        assertThat(DigitalLinkCompression.looksCompressed("08935000000014")).isFalse();
        assertThat(DigitalLinkCompression.looksCompressed("ARBArwCMHA")).isTrue();
        assertThatThrownBy(() -> DigitalLinkCompression.decompress("A%B")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DigitalLinkCompression.decompress("_____________"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DigitalLinkCompression.decompress("ARBArw"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
