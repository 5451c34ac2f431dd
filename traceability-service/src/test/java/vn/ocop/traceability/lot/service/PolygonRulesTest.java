package vn.ocop.traceability.lot.service;

import vn.ocop.platform.problem.FieldError;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The GeoJSON Polygon checks of a growing area's boundary (RFC 7946 §3.1.6). */
class PolygonRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<FieldError> violations(String boundary) throws Exception {
        return PolygonRules.violations(JSON.readTree(boundary));
    }

    @Test
    void shouldAcceptAClosedRingAndAHole() throws Exception {
        assertThat(violations("{\"type\":\"Polygon\",\"coordinates\":["
                + "[[105.8,21.5],[105.9,21.5],[105.9,21.6],[105.8,21.5]],"
                + "[[105.85,21.52],[105.86,21.52],[105.86,21.53,12.5],[105.850,21.520]]]}")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[]|boundary|must be a GeoJSON Polygon object",
            "{\"type\":\"Point\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}|boundary.type|must be Polygon",
            "{\"type\":\"Polygon\",\"coordinates\":[]}|boundary.coordinates|must be an array of linear rings",
            "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}|boundary.coordinates[0]|a linear ring needs at least 4 positions",
            "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}|boundary.coordinates[0]|a linear ring must be closed (last position = first)",
            "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[181,0],[1,1],[0,0]]]}|boundary.coordinates[0][1]|longitude must be between -180 and 180",
            "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,-90.5],[1,1],[0,0]]]}|boundary.coordinates[0][1]|latitude must be between -90 and 90",
            "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]],[[0,0],[\"1\",0],[1,1],[0,0]]]}|boundary.coordinates[1][1]|must be [longitude, latitude]",
    })
    void shouldNameTheFieldOfEachViolation(String boundary, String field, String message) throws Exception {
        assertThat(violations(boundary)).containsExactly(new FieldError(field, message));
    }
}
