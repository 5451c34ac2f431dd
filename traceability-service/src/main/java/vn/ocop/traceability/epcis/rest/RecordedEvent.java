package vn.ocop.traceability.epcis.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import vn.ocop.traceability.epcis.service.EventChainService.Appended;

import java.util.UUID;

/** An event appended to a lot's chain: its EPCIS eventID, position, chain hash and the EPCIS event itself. */
public record RecordedEvent(@JsonProperty("eventID") String eventId, UUID lotId, int seq, String hash,
                            JsonNode event) {

    public static RecordedEvent of(Appended a) {
        return new RecordedEvent(a.eventId(), a.lotId(), a.seq(), a.hash(), a.event());
    }
}
