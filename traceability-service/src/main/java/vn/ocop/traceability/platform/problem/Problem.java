package vn.ocop.traceability.platform.problem;

import java.util.List;

/** An RFC 9457 problem document: the only error body this service writes. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: the field (query parameter, path segment or JSON property) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
