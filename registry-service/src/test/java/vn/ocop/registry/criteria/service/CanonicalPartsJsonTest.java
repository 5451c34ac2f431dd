package vn.ocop.registry.criteria.service;

import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.criteria.CriteriaSetVersion.Criterion;
import vn.ocop.registry.criteria.CriteriaSetVersion.Option;
import vn.ocop.registry.criteria.CriteriaSetVersion.Part;
import vn.ocop.registry.criteria.CriteriaSetVersion.Section;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonical JSON of a set's structure is stored and checksummed: it must stay byte for byte what published
 * versions already carry (no derived values such as maxima or the failing flag's helper, nulls written).
 */
class CanonicalPartsJsonTest {

    private static final List<Part> PARTS = List.of(new Part("A", "Phần A", 40, List.of(new Section("A1", "Mục",
            List.of(new Criterion("A1.1", "Tiêu chí", 3, List.of(new Option("a", "Không", 0, true),
                            new Option("b", "Có", 40, false))),
                    new Criterion("A1.2", "Tiêu chí 2", null, List.of(new Option("a", "x", 0, false),
                            new Option("b", "y", 0, false))))))));

    private static final String JSON = "[{\"code\":\"A\",\"title\":\"Phần A\",\"maxPoints\":40,\"sections\":[{\"code\":"
            + "\"A1\",\"title\":\"Mục\",\"criteria\":[{\"code\":\"A1.1\",\"title\":\"Tiêu chí\",\"mandatoryForStars\":3,"
            + "\"options\":[{\"code\":\"a\",\"label\":\"Không\",\"points\":0,\"failsMandatory\":true},{\"code\":\"b\","
            + "\"label\":\"Có\",\"points\":40,\"failsMandatory\":false}]},{\"code\":\"A1.2\",\"title\":\"Tiêu chí 2\","
            + "\"mandatoryForStars\":null,\"options\":[{\"code\":\"a\",\"label\":\"x\",\"points\":0,\"failsMandatory\":"
            + "false},{\"code\":\"b\",\"label\":\"y\",\"points\":0,\"failsMandatory\":false}]}]}]}]";

    @Test
    void shouldWriteTheStoredFormat() throws Exception {
        assertThat(CriteriaSetService.CANONICAL.writeValueAsString(PARTS)).isEqualTo(JSON);
    }

    @Test
    void shouldReadTheStoredFormatBack() throws Exception {
        assertThat(CriteriaSetService.CANONICAL.readValue(JSON, new TypeReference<List<Part>>() {
        })).isEqualTo(PARTS);
    }
}
