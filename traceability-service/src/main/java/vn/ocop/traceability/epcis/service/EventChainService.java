package vn.ocop.traceability.epcis.service;

import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ValueChainLinkData;
import vn.ocop.traceability.epcis.Epcis;
import vn.ocop.traceability.epcis.mapping.EventHashes;
import vn.ocop.traceability.epcis.repository.EpcisEventRepository;
import vn.ocop.traceability.lot.Lot;
import vn.ocop.traceability.lot.service.LotService;
import vn.ocop.traceability.outbox.TraceabilityFact;
import vn.ocop.traceability.outbox.service.OutboxWriter;
import vn.ocop.traceability.platform.events.RecordsChanged;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appends events to a lot's hash chain (see {@link EventHashes} for the rules): locks the lot row so appends to one lot
 * serialise, assigns eventID, recordTime, sequence and chain hashes, inserts the rows in one JDBC batch, moves the
 * lot's head, and writes the value-chain linkage fact to the outbox the first time two parties have recorded events.
 * Always inside the caller's transaction: a document is stored entirely or not at all.
 */
@ApplicationScoped
public class EventChainService {

    /** An event to append and the JSON pointer that names it in errors. */
    public record Incoming(ObjectNode event, String pointer) {
    }

    /** An appended event: its id, place in the chain and the event as stored. */
    public record Appended(UUID lotId, String eventId, int seq, String hash, ObjectNode event) {
    }


    private final LotService lots;
    private final Event<RecordsChanged> changed;
    private final EpcisEventRepository events;
    private final OutboxWriter outbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    public EventChainService(LotService lots, Event<RecordsChanged> changed, EpcisEventRepository events,
                             OutboxWriter outbox, ObjectMapper mapper, Clock clock) {
        this.lots = lots;
        this.changed = changed;
        this.events = events;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Appends {@code incoming} to the chain of {@code lotId} in order, recorded by {@code recordedBy}; {@link Conflict}
     * when an identical event (same eventID) is already recorded or repeated. {@code linkParty} is the value-chain
     * party the events count for in the lot's linkage (the producer or a granted organisation), null for none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Appended> append(UUID lotId, List<Incoming> incoming, String recordedBy, String partyName,
                                 UUID captureId, String linkParty) {
        Lot lot = lots.lockForAppend(lotId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String recordTime = now.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        // everything but the chain itself is independent per event: prepared in parallel, chained in order
        List<Prepared> prepared = incoming.parallelStream()
                .map(in -> prepare(in, recordedBy, partyName, recordTime)).toList();
        String previous = lot.headHash;
        int seq = lot.eventCount;
        List<Appended> appended = new ArrayList<>(prepared.size());
        List<String> previousHashes = new ArrayList<>(prepared.size());
        Map<String, String> pointerById = new HashMap<>();
        List<FieldError> duplicates = new ArrayList<>();
        for (Prepared event : prepared) {
            if (pointerById.putIfAbsent(event.eventId(), event.pointer()) != null) {
                duplicates.add(new FieldError(event.pointer(), "repeats the event at "
                        + pointerById.get(event.eventId())));
            }
            String hash = EventHashes.chainHash(event.canonical(), previous);
            previousHashes.add(previous);
            appended.add(new Appended(lotId, event.eventId(), ++seq, hash, event.stored()));
            previous = hash;
        }
        for (String existing : events.existingEventIds(pointerById.keySet())) {
            duplicates.add(new FieldError(pointerById.get(existing), "this event is already recorded as "
                    + existing));
        }
        if (!duplicates.isEmpty()) {
            throw DomainException.conflict("duplicate-event", "Events identical to recorded ones are not recorded twice",
                    duplicates);
        }
        insert(prepared, appended, previousHashes, recordedBy, now, captureId);
        lot.headHash = previous;
        lot.eventCount = seq;
        linkIfTwoParties(lot, linkParty, now);
        changed.fire(new RecordsChanged("events of lot " + lot.id));
        return appended;
    }

    /** An event ready to chain: canonical form, eventID, the JSON as stored and its column values. */
    private record Prepared(String pointer, String canonical, String eventId, ObjectNode stored, String body,
                            String type, OffsetDateTime eventTime, String offset, String bizStep, String disposition,
                            String readPoint, String bizLocation) {
    }

    private Prepared prepare(Incoming in, String recordedBy, String partyName, String recordTime) {
        ObjectNode event = in.event();
        event.put(Epcis.RECORDED_BY, recordedBy);
        if (partyName != null && !event.has(Epcis.PARTY_NAME)) {
            event.put(Epcis.PARTY_NAME, partyName);
        }
        EventHashes.normalizeText(event);
        String canonical = EventHashes.canonical(event);
        String eventId = EventHashes.eventId(EventHashes.eventHash(canonical));
        ObjectNode stored = mapper.createObjectNode();
        stored.put("eventID", eventId);
        stored.setAll(event);
        // a client's own eventID or recordTime is replaced: both are the repository's to assign
        stored.put("eventID", eventId);
        stored.remove("recordTime");
        stored.put("recordTime", recordTime);
        return new Prepared(in.pointer(), canonical, eventId, stored, json(stored), stored.path("type").asText(),
                OffsetDateTime.parse(stored.path("eventTime").asText()), stored.path("eventTimeZoneOffset").asText(),
                text(stored.get("bizStep")), text(stored.get("disposition")),
                text(stored.path("readPoint").get("id")), text(stored.path("bizLocation").get("id")));
    }

    private void insert(List<Prepared> prepared, List<Appended> rows, List<String> previousHashes, String recordedBy,
                        OffsetDateTime now, UUID captureId) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Prepared event = prepared.get(i);
            Appended row = rows.get(i);
            values.add(new Object[] {UUID.randomUUID(), row.lotId(), row.seq(), row.eventId(), event.type(),
                    event.eventTime(), event.offset(), event.bizStep(), event.disposition(), event.readPoint(),
                    event.bizLocation(), recordedBy, now, captureId, event.body(), previousHashes.get(i), row.hash()});
        }
        events.copy(values);
    }

    /**
     * The lot is linked once its events come from two value-chain parties: its producer and an organisation the
     * producer granted (officers' inspections count for no party). One append has one party, so the lot only needs to
     * remember its first one.
     */
    private void linkIfTwoParties(Lot lot, String party, OffsetDateTime now) {
        if (lot.linkedAt != null || party == null) {
            return;
        }
        if (lot.firstParty == null) {
            lot.firstParty = party;
            return;
        }
        if (party.equals(lot.firstParty)) {
            return;
        }
        List<String> parties = java.util.stream.Stream.of(lot.firstParty, party).sorted().toList();
        lot.linkedAt = now;
        outbox.write(new TraceabilityFact(EventTypes.VALUE_CHAIN_LINKED, lot.productId,
                new ValueChainLinkData(lot.productId, lot.id, lot.lotCode, parties, now)));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private String json(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
