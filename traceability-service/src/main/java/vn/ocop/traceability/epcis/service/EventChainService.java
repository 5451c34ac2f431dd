package vn.ocop.traceability.epcis.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ValueChainLinkData;
import vn.ocop.traceability.epcis.Epcis;
import vn.ocop.traceability.epcis.mapping.EventHashes;
import vn.ocop.traceability.epcis.repository.EpcisEventRepository;
import vn.ocop.traceability.lot.Lot;
import vn.ocop.traceability.lot.service.LotService;
import vn.ocop.traceability.outbox.TraceabilityFact;
import vn.ocop.traceability.outbox.service.OutboxWriter;
import vn.ocop.traceability.platform.problem.Conflict;
import vn.ocop.traceability.platform.problem.Problem;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
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

    private static final String INSERT = "insert into epcis_event (id, lot_id, seq, event_id, event_type, event_time, "
            + "event_time_zone_offset, biz_step, disposition, read_point, biz_location, recorded_by, recorded_at, "
            + "capture_id, body, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)";
    private static final int BATCH = 500;

    @Inject
    LotService lots;
    @Inject
    EpcisEventRepository events;
    @Inject
    OutboxWriter outbox;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;

    /**
     * Appends {@code incoming} to the chain of {@code lotId} in order, recorded by {@code recordedBy}; {@link Conflict}
     * when an identical event (same eventID) is already recorded or repeated.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Appended> append(UUID lotId, List<Incoming> incoming, String recordedBy, String partyName,
                                 UUID captureId) {
        Lot lot = lots.lockForAppend(lotId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String recordTime = now.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String previous = lot.headHash;
        int seq = lot.eventCount;
        List<Appended> appended = new ArrayList<>(incoming.size());
        List<String> previousHashes = new ArrayList<>(incoming.size());
        Map<String, String> pointerById = new HashMap<>();
        List<Problem.FieldError> duplicates = new ArrayList<>();
        // canonical forms and event hashes do not depend on each other: computed in parallel, chained in order
        List<String> canonicals = incoming.parallelStream().map(in -> {
            ObjectNode event = in.event();
            event.put(Epcis.RECORDED_BY, recordedBy);
            if (partyName != null && !event.has(Epcis.PARTY_NAME)) {
                event.put(Epcis.PARTY_NAME, partyName);
            }
            EventHashes.normalizeText(event);
            return EventHashes.canonical(event);
        }).toList();
        for (int i = 0; i < incoming.size(); i++) {
            Incoming in = incoming.get(i);
            String canonical = canonicals.get(i);
            String eventId = EventHashes.eventId(EventHashes.eventHash(canonical));
            if (pointerById.putIfAbsent(eventId, in.pointer()) != null) {
                duplicates.add(new Problem.FieldError(in.pointer(), "repeats the event at " + pointerById.get(eventId)));
            }
            ObjectNode stored = mapper.createObjectNode();
            stored.put("eventID", eventId);
            stored.setAll(in.event());
            // a client's own eventID or recordTime is replaced: both are the repository's to assign
            stored.put("eventID", eventId);
            stored.remove("recordTime");
            stored.put("recordTime", recordTime);
            String hash = EventHashes.chainHash(canonical, previous);
            previousHashes.add(previous);
            appended.add(new Appended(lotId, eventId, ++seq, hash, stored));
            previous = hash;
        }
        for (String existing : events.existingEventIds(pointerById.keySet())) {
            duplicates.add(new Problem.FieldError(pointerById.get(existing), "this event is already recorded as "
                    + existing));
        }
        if (!duplicates.isEmpty()) {
            throw new Conflict("duplicate-event", "Events identical to recorded ones are not recorded twice",
                    duplicates);
        }
        insert(appended, previousHashes, recordedBy, now, captureId);
        lot.headHash = previous;
        lot.eventCount = seq;
        linkIfTwoParties(lot, now);
        return appended;
    }

    private void insert(List<Appended> rows, List<String> previousHashes, String recordedBy, OffsetDateTime now,
                        UUID captureId) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < rows.size(); i++) {
                    Appended row = rows.get(i);
                    ObjectNode event = row.event();
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, row.lotId());
                    insert.setInt(3, row.seq());
                    insert.setString(4, row.eventId());
                    insert.setString(5, event.path("type").asText());
                    insert.setObject(6, OffsetDateTime.parse(event.path("eventTime").asText()));
                    insert.setString(7, event.path("eventTimeZoneOffset").asText());
                    insert.setString(8, text(event.get("bizStep")));
                    insert.setString(9, text(event.get("disposition")));
                    insert.setString(10, text(event.path("readPoint").get("id")));
                    insert.setString(11, text(event.path("bizLocation").get("id")));
                    insert.setString(12, recordedBy);
                    insert.setObject(13, now);
                    if (captureId == null) {
                        insert.setNull(14, Types.OTHER);
                    } else {
                        insert.setObject(14, captureId);
                    }
                    insert.setString(15, json(event));
                    insert.setString(16, previousHashes.get(i));
                    insert.setString(17, row.hash());
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw e.getNextException() != null ? e.getNextException() : e;
            }
        });
    }

    private void linkIfTwoParties(Lot lot, OffsetDateTime now) {
        if (lot.linkedAt != null) {
            return;
        }
        List<String> parties = events.parties(lot.id);
        if (parties.size() < 2) {
            return;
        }
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
