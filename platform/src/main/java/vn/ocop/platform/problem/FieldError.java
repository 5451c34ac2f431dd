package vn.ocop.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.List;

/** One invalid input of a request: the field (JSON property path, query parameter or path segment) and what is wrong. */
public record FieldError(String field, String message) {

    /** A Bean Validation violation as the API reports it: its field by {@link #fieldOf}, its message. */
    public static FieldError of(ConstraintViolation<?> violation) {
        return new FieldError(fieldOf(violation), violation.getMessage());
    }

    /**
     * The one field-path rule: the request field of a violation, in full ({@code workers[0].name}), method and
     * parameter nodes dropped unless the parameter itself is the field; {@code body} for the body as a whole.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(n -> {
            if (n.getKind() != ElementKind.METHOD && n.getKind() != ElementKind.CROSS_PARAMETER) {
                nodes.add(n);
            }
        });
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.length() > 0 ? "." : "").append(name);
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
