package vn.ocop.localstack;

import org.junit.jupiter.api.Test;
import vn.ocop.contract.Gtin;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    @Test
    void shouldScanTruongNguyenUnderTheGtinShownInTheReadme() {
        assertThat(Gtin.isValid(DemoData.TRUONG_NGUYEN_GTIN)).isTrue();
        assertThat(Gtin.toGtin14(DemoData.TRUONG_NGUYEN_GTIN)).contains("08935000000014");
        assertThat(Gtin.isValid(DemoData.HOAN_HOA_GTIN)).isTrue();
    }

    @Test
    void shouldCompareNamesWithoutVietnameseDiacritics() {
        assertThat(RegistryClient.fold("Cao ngựa bạch Trường Nguyên")).isEqualTo("cao ngua bach truong nguyen");
        assertThat(RegistryClient.fold("Đường")).isEqualTo("duong");
    }
}
