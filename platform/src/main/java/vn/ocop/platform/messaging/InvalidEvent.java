package vn.ocop.platform.messaging;

/**
 * A message that can never be applied (not JSON, no id or type, unknown type, invalid data). Its message is the reason
 * written to the dead-letter topic.
 */
public class InvalidEvent extends RuntimeException {

    public InvalidEvent(String reason) {
        super(reason);
    }

    public InvalidEvent(String reason, Throwable cause) {
        super(reason, cause);
    }
}
