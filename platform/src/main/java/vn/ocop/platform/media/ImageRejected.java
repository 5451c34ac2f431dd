package vn.ocop.platform.media;

import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;

import java.util.List;

/**
 * An upload the image pipeline refuses, with the HTTP status it deserves (413 too large, 415 not a JPEG, PNG or WebP
 * or not what was declared, 422 undecodable or too many pixels), a stable code and the field at fault. A
 * {@link DomainException}, so a service lets it through to the problem mapper as it is.
 */
public class ImageRejected extends DomainException {

    private final String field;
    private final String fieldMessage;

    public ImageRejected(int status, String code, String detail, String field, String fieldMessage) {
        super(status, code, detail, List.of(new FieldError(field, fieldMessage)));
        this.field = field;
        this.fieldMessage = fieldMessage;
    }

    public String field() {
        return field;
    }

    public String fieldMessage() {
        return fieldMessage;
    }
}
