package vn.ocop.registry.indicator.service;

import org.junit.jupiter.api.Test;
import vn.ocop.registry.indicator.repository.IndicatorRepository.CommuneCounts;
import vn.ocop.registry.indicator.repository.IndicatorRepository.Counts;
import vn.ocop.registry.indicator.repository.IndicatorRepository.GroupCount;
import vn.ocop.registry.indicator.repository.IndicatorRepository.ProductGrowth;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Adding up per-commune facts, and bringing them up to date commune by commune, without a database. */
class AreaFactsTest {

    @Test
    void shouldTakeTheMedianAsPercentileContDoes() {
        assertThat(AreaFacts.median(new double[0])).isNull();
        assertThat(AreaFacts.median(new double[] {7.5})).isEqualTo(7.5);
        assertThat(AreaFacts.median(new double[] {10, 15, 30})).isEqualTo(15.0);
        assertThat(AreaFacts.median(new double[] {10, 15, 30, 31})).isEqualTo(22.5);
        assertThat(AreaFacts.median(new double[] {-20, 0.1, 0.2, 50})).isEqualTo(0.1 + 0.5 * (0.2 - 0.1));
    }

    @Test
    void shouldReplaceJustTheChangedCommunesAndAddUpAgain() {
        AreaFacts kept = AreaFacts.of(new Counts(List.of(commune("001", 2), commune("002", 1), commune("003", 0)),
                        List.of(group("001", "FOOD", 1, 2), group("002", "HERBAL", 3, 1))),
                List.of(growth("001", 100, 110), growth("001", 100, 130), growth("002", 200, 200)));
        assertThat(kept.groups()).extracting(AreaFacts.GroupTotal::groupCode, AreaFacts.GroupTotal::certified)
                .containsExactly(tuple("FOOD", 2L), tuple("HERBAL", 1L));
        assertThat(kept.growth()).isEqualTo(new AreaFacts.Growth(3, 400, 440, 10.0));

        // 002 lost its product, 003 gained two (one a beverage, which sorts before herbal); 999 lies outside the area
        AreaFacts fresh = AreaFacts.of(new Counts(List.of(commune("002", 0), commune("003", 2)),
                        List.of(group("003", "BEVERAGE", 2, 1), group("003", "FOOD", 1, 1))),
                List.of(growth("003", 50, 100)));
        AreaFacts updated = kept.replacing(Set.of("002", "003", "999"), fresh);

        assertThat(updated.communes()).extracting(CommuneCounts::communeCode, CommuneCounts::certified)
                .containsExactly(tuple("001", 2L), tuple("002", 0L), tuple("003", 2L));
        assertThat(updated.groups()).extracting(AreaFacts.GroupTotal::groupCode, AreaFacts.GroupTotal::certified)
                .containsExactly(tuple("FOOD", 3L), tuple("BEVERAGE", 1L));
        assertThat(updated.growth()).isEqualTo(new AreaFacts.Growth(3, 250, 340, 30.0));
        assertThat(updated.growth("002")).isEqualTo(new AreaFacts.Growth(0, 0, 0, null));
        assertThat(updated.growth("001")).isEqualTo(new AreaFacts.Growth(2, 200, 240, 20.0));
        // the kept facts are not changed
        assertThat(kept.communes()).extracting(CommuneCounts::certified).containsExactly(2L, 1L, 0L);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static CommuneCounts commune(String code, long certified) {
        return new CommuneCounts(code, "Xã " + code, "01", certified, certified, certified, 0, 0, 0, 1, 0, 0, 0, 1, 0,
                3, 0, 0);
    }

    private static GroupCount group(String commune, String group, int sortOrder, long certified) {
        return new GroupCount(commune, group, group, sortOrder, certified);
    }

    private static ProductGrowth growth(String commune, long before, long after) {
        return new ProductGrowth(commune, before, after, (after - before) * 100.0 / before);
    }
}
