package vn.ocop.registry.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail with the invalid fields listed in {@code errors}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://ocop.gov.vn/problems/";

    public static Problem of(int status, String code, String title, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + code, title, status, detail, null, errors);
    }
}
