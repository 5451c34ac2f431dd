package vn.ocop.traceability.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/** Builds EPCIS 2.0 capture documents for tests: observation events on a lot's EPC class, changed as needed. */
public final class EpcisDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode document = JSON.createObjectNode();
    private final ArrayNode events;

    private EpcisDocuments() {
        document.putArray("@context").add("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", "2025-11-01T08:00:00Z");
        events = document.putObject("epcisBody").putArray("eventList");
    }

    public static EpcisDocuments aDocument() {
        return new EpcisDocuments();
    }

    /** An ObjectEvent OBSERVE (bizStep storing) of {@code quantity} of the lot class, at 08:00 + {@code minute}. */
    public static ObjectNode anObservation(String epcClass, int minute) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "ObjectEvent");
        event.put("eventTime", OffsetDateTime.of(2025, 11, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7))
                .plusMinutes(minute).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        event.put("eventTimeZoneOffset", "+07:00");
        event.put("action", "OBSERVE");
        event.putArray("quantityList").addObject().put("epcClass", epcClass).put("quantity", 10);
        event.put("bizStep", "storing");
        event.put("disposition", "in_progress");
        event.putObject("readPoint").put("id", "https://id.ocop.test/communes/05908");
        return event;
    }

    public EpcisDocuments with(ObjectNode event) {
        events.add(event);
        return this;
    }

    /** Adds an observation changed by {@code change}. */
    public EpcisDocuments with(String epcClass, int minute, Consumer<ObjectNode> change) {
        ObjectNode event = anObservation(epcClass, minute);
        change.accept(event);
        return with(event);
    }

    public String json() {
        return document.toString();
    }
}
