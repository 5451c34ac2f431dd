package vn.ocop.registry.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.registry.scoring.service.StarBands;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The band boundaries of Decision 148/QĐ-TTg on exact mean scores (the thresholds the registry ships with). */
class StarBandsTest {

    private final StarBands bands = new StarBands(List.of(90, 70, 50, 30));

    @ParameterizedTest
    @CsvSource({"0, 1", "29.99, 1", "30, 2", "49.99, 2", "50, 3", "69.99, 3", "70, 4", "89.99, 4", "90, 5",
            "100, 5"})
    void shouldPlaceAMeanInItsBand(String mean, int stars) {
        assertThat(bands.starsFor(new BigDecimal(mean))).isEqualTo(stars);
    }
}
