package vn.ocop.registry.criteria.service;

import org.junit.jupiter.api.Test;
import vn.ocop.registry.criteria.CriteriaSetVersion;
import vn.ocop.registry.criteria.CriteriaSetVersion.Criterion;
import vn.ocop.registry.criteria.CriteriaSetVersion.Option;
import vn.ocop.registry.criteria.CriteriaSetVersion.Part;
import vn.ocop.registry.criteria.CriteriaSetVersion.Section;
import vn.ocop.platform.problem.FieldError;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Points per part, failed mandatory criteria and the errors of unknown, wrong or missing picks. */
class ScoreSheetTest {

    private static final CriteriaSetVersion SET = new CriteriaSetVersion("1.1", 3, true, "Thực phẩm tươi sống", 100,
            "sha256", null, "admin", List.of(
            part("A", criterion("A1", null, option("a", 0, null), option("b", 4, null)),
                    criterion("A2", 3, option("a", 0, true), option("b", 2, null))),
            part("B", criterion("B1", null, option("a", 1, null), option("b", 5, null))),
            part("C", criterion("C1", null, option("a", 3, null), option("b", 9, null)))));

    @Test
    void shouldSumThePickedPointsPerPart() {
        ScoreSheet sheet = ScoreSheet.of(SET, Map.of("A1", "b", "A2", "b", "B1", "b", "C1", "a"), true, "scores");
        assertThat(sheet.valid()).isTrue();
        assertThat(List.of(sheet.partA(), sheet.partB(), sheet.partC())).containsExactly(6, 5, 3);
        assertThat(sheet.total()).isEqualTo(14);
        assertThat(sheet.failed()).isEmpty();
    }

    @Test
    void shouldRecordAFailedMandatoryCriterionWithItsStarLevel() {
        ScoreSheet sheet = ScoreSheet.of(SET, Map.of("A1", "a", "A2", "a", "B1", "a", "C1", "a"), true, "scores");
        assertThat(sheet.failed()).containsExactly(Map.entry("A2", 3));
        assertThat(sheet.total()).isEqualTo(4);
    }

    @Test
    void shouldNotFailAZeroPointOptionWithoutTheFlag() {
        ScoreSheet sheet = ScoreSheet.of(SET, Map.of("A1", "a"), false, "scores");
        assertThat(sheet.valid()).isTrue();
        assertThat(sheet.failed()).isEmpty();
    }

    @Test
    void shouldReportMissingPicksOnlyWhenComplete() {
        assertThat(ScoreSheet.of(SET, Map.of("A1", "a"), false, "scores").errors()).isEmpty();
        assertThat(ScoreSheet.of(SET, Map.of("A1", "a"), true, "scores").errors()).extracting(FieldError::field)
                .containsExactly("scores.A2", "scores.B1", "scores.C1");
    }

    @Test
    void shouldReportUnknownOptionsAndCriteriaOnTheirField() {
        ScoreSheet sheet = ScoreSheet.of(SET, Map.of("A1", "z", "Z9", "a", "B1", "b"), false, "draft.scores");
        assertThat(sheet.valid()).isFalse();
        assertThat(sheet.errors()).containsExactly(
                new FieldError("draft.scores.A1", "option z does not exist; one of [a, b]"),
                new FieldError("draft.scores.Z9", "is not a criterion of 1.1 version 3"));
        assertThat(sheet.partB()).isEqualTo(5);
    }

    private static Part part(String code, Criterion... criteria) {
        return new Part(code, "Phần " + code, 40, List.of(new Section(code + "1", "Mục", List.of(criteria))));
    }

    private static Criterion criterion(String code, Integer mandatoryForStars, Option... options) {
        return new Criterion(code, "Tiêu chí " + code, mandatoryForStars, List.of(options));
    }

    private static Option option(String code, int points, Boolean fails) {
        return new Option(code, "Lựa chọn " + code, points, fails);
    }
}
