package vn.ocop.contract;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class GtinTest {

    @Test
    void acceptsValidCheckDigitsOfEveryLength() {
        assertThat(Gtin.isValid("08935000000014")).isTrue();
        assertThat(Gtin.isValid("8935000000014")).isTrue();
        assertThat(Gtin.isValid("96385074")).isTrue();
        assertThat(Gtin.isValid("036000291452")).isTrue();
    }

    @Test
    void rejectsWrongCheckDigitsLengthsAndCharacters() {
        assertThat(Gtin.isValid("08935000000015")).isFalse();
        assertThat(Gtin.isValid("0893500000001")).isFalse();
        assertThat(Gtin.isValid("0893500000001A")).isFalse();
        assertThat(Gtin.isValid(null)).isFalse();
    }

    @Test
    void normalisesToGtin14() {
        assertThat(Gtin.toGtin14("8935000000014")).contains("08935000000014");
        assertThat(Gtin.toGtin14("96385074")).contains("00000096385074");
    }

    @Test
    void buildsDigitalLinksInQualifierOrderWithPercentEncoding() {
        DigitalLinks links = new DigitalLinks("https://id.ocop.vn/");
        assertThat(links.product(null, "8935000000014")).isEqualTo("https://id.ocop.vn/01/08935000000014");
        assertThat(links.serial("8935000000014", "LOT 2026/A", "000123"))
                .isEqualTo("https://id.ocop.vn/01/08935000000014/10/LOT%202026%2FA/21/000123");
        UUID id = UUID.fromString("7d1f4a52-1c0b-4c5e-9a0e-4b3f0e2a9c11");
        assertThat(links.product(id, null)).isEqualTo("https://id.ocop.vn/p/" + id);
    }
}
