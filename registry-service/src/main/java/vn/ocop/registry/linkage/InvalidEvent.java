package vn.ocop.registry.linkage;

/** A traceability event the registry cannot use (malformed, unknown type, unknown product): dead-lettered. */
public class InvalidEvent extends RuntimeException {

    public InvalidEvent(String message) {
        super(message);
    }

    public InvalidEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
