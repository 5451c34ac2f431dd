package vn.ocop.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.ocop.contract.CloudEvent;

/**
 * Reads a consumed message as a CloudEvent in structured JSON mode, the one way both consumers do: the envelope (JSON,
 * an id, a type, spec version 1.0 when given) and then its data as a payload record. Whatever cannot be used is an
 * {@link InvalidEvent} whose message says why (it goes with the message to the dead-letter topic).
 */
public final class CloudEventReader {

    private CloudEventReader() {
    }

    /** The envelope of {@code payload}; its type is not checked against any list here. */
    public static CloudEvent envelope(ObjectMapper mapper, String payload) {
        if (payload == null || payload.isBlank()) {
            throw new InvalidEvent("empty message");
        }
        CloudEvent event;
        try {
            event = mapper.readValue(payload, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new InvalidEvent("not a CloudEvent JSON document: " + e.getOriginalMessage(), e);
        }
        if (event == null) {
            throw new InvalidEvent("not a CloudEvent JSON document: null");
        }
        if (isBlank(event.id())) {
            throw new InvalidEvent("CloudEvent without id");
        }
        if (isBlank(event.type())) {
            throw new InvalidEvent("CloudEvent " + event.id() + " without type");
        }
        if (event.specversion() != null && !CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new InvalidEvent("unsupported CloudEvents specversion " + event.specversion());
        }
        return event;
    }

    /** The event's data object read as {@code type}. */
    public static <T> T data(ObjectMapper mapper, CloudEvent event, Class<T> type) {
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            throw new InvalidEvent("event " + event.id() + " of type " + event.type() + " has no data object");
        }
        try {
            return mapper.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new InvalidEvent("event " + event.id() + ": data is not a " + type.getSimpleName() + ": " + reason, e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
