package vn.ocop.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the only error body the services write: {@code type} is {@link #TYPE_BASE} + a stable
 * code, {@code title} follows the status, the invalid fields are listed in {@code errors}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** The base of every problem {@code type} URI, in both services. */
    public static final String TYPE_BASE = "https://ocop.gov.vn/problems/";

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Invalid request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not found"),
            Map.entry(405, "Method not allowed"),
            Map.entry(406, "Not acceptable"),
            Map.entry(409, "Conflict"),
            Map.entry(413, "Content too large"),
            Map.entry(415, "Unsupported media type"),
            Map.entry(422, "Unprocessable request"),
            Map.entry(429, "Too many requests"),
            Map.entry(500, "Internal error"),
            Map.entry(503, "Service unavailable"));

    /** The problem of {@code status} with the type {@link #TYPE_BASE}{@code code} and the status's title. */
    public static Problem of(int status, String code, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + code, title(status), status, detail, null, errors);
    }

    /** The title of a status: the same words for the same status everywhere. */
    public static String title(int status) {
        return TITLES.getOrDefault(status, status >= 500 ? "Internal error" : "Request failed");
    }
}
