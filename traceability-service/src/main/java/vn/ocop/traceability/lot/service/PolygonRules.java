package vn.ocop.traceability.lot.service;

import vn.ocop.platform.problem.FieldError;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks a GeoJSON Polygon boundary (RFC 7946 §3.1.6) must pass: type Polygon, at least one linear ring, every ring
 * closed with at least 4 positions, every position [longitude, latitude] within WGS 84 ranges.
 */
final class PolygonRules {

    private PolygonRules() {
    }

    /** The violations of {@code boundary}, with fields like {@code boundary.coordinates[0][2]}; empty when valid. */
    static List<FieldError> violations(JsonNode boundary) {
        List<FieldError> errors = new ArrayList<>();
        if (!boundary.isObject()) {
            errors.add(new FieldError("boundary", "must be a GeoJSON Polygon object"));
            return errors;
        }
        if (!"Polygon".equals(boundary.path("type").asText(null))) {
            errors.add(new FieldError("boundary.type", "must be Polygon"));
        }
        JsonNode rings = boundary.path("coordinates");
        if (!rings.isArray() || rings.isEmpty()) {
            errors.add(new FieldError("boundary.coordinates", "must be an array of linear rings"));
            return errors;
        }
        for (int r = 0; r < rings.size(); r++) {
            String ringField = "boundary.coordinates[" + r + "]";
            JsonNode ring = rings.get(r);
            if (!ring.isArray() || ring.size() < 4) {
                errors.add(new FieldError(ringField, "a linear ring needs at least 4 positions"));
                continue;
            }
            boolean positionsValid = true;
            for (int p = 0; p < ring.size(); p++) {
                String problem = positionProblem(ring.get(p));
                if (problem != null) {
                    errors.add(new FieldError(ringField + "[" + p + "]", problem));
                    positionsValid = false;
                }
            }
            if (positionsValid && !samePosition(ring.get(0), ring.get(ring.size() - 1))) {
                errors.add(new FieldError(ringField, "a linear ring must be closed (last position = first)"));
            }
        }
        return errors;
    }

    private static String positionProblem(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || position.size() > 3
                || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            return "must be [longitude, latitude]";
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (lon < -180 || lon > 180) {
            return "longitude must be between -180 and 180";
        }
        if (lat < -90 || lat > 90) {
            return "latitude must be between -90 and 90";
        }
        return null;
    }

    private static boolean samePosition(JsonNode a, JsonNode b) {
        return a.get(0).decimalValue().compareTo(b.get(0).decimalValue()) == 0
                && a.get(1).decimalValue().compareTo(b.get(1).decimalValue()) == 0;
    }
}
