package vn.ocop.platform.problem;

/** One invalid input of a request: the field (JSON property path, query parameter or path segment) and what is wrong. */
public record FieldError(String field, String message) {
}
