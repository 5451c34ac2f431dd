package vn.ocop.platform.media;

/**
 * An upload the image pipeline refuses, with the HTTP status it deserves (413 too large, 415 not a JPEG, PNG or WebP
 * or not what was declared, 422 undecodable or too many pixels), a stable code and the field at fault.
 */
public class ImageRejected extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;
    private final String fieldMessage;

    public ImageRejected(int status, String code, String detail, String field, String fieldMessage) {
        super(detail);
        this.status = status;
        this.code = code;
        this.field = field;
        this.fieldMessage = fieldMessage;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String fieldMessage() {
        return fieldMessage;
    }
}
