package vn.ocop.traceability.epcis.service;

import vn.ocop.platform.problem.DomainException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import vn.ocop.traceability.epcis.EpcisEvent;
import vn.ocop.traceability.epcis.repository.EpcisEventRepository;
import vn.ocop.traceability.epcis.repository.EpcisEventRepository.ChainLink;
import vn.ocop.traceability.epcis.repository.EpcisEventRepository.Checkpoint;
import vn.ocop.traceability.epcis.Epcis;
import vn.ocop.traceability.epcis.mapping.EventHashes;
import vn.ocop.traceability.epcis.mapping.LotEpcs;
import vn.ocop.traceability.lot.service.LotService;
import vn.ocop.traceability.lot.service.LotService.LotContext;
import vn.ocop.traceability.trace.service.ProductFactsService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads lots' chains back: pages of events as EPCISQueryDocuments (opaque {@code nextPageToken} cursor over the chain
 * position), the whole chain as an EPCISDocument, and the recomputation of the hash chain.
 */
@ApplicationScoped
public class EventQueryService {

    /** One page of a query: the EPCISQueryDocument and the token of the next page (null on the last). */
    public record EventPage(ObjectNode document, String nextPageToken) {
    }

    private static final int CHUNK = 1000;

    private final LotService lots;
    private final ProductFactsService facts;
    private final EpcisEventRepository events;
    private final ObjectMapper mapper;
    private final Clock clock;

    public EventQueryService(LotService lots, ProductFactsService facts, EpcisEventRepository events,
                             ObjectMapper mapper, Clock clock) {
        this.lots = lots;
        this.facts = facts;
        this.events = events;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The first {@code limit} events of the lot in the order they happened (the scan page's timeline). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EpcisEvent> timeline(UUID lotId, int limit) {
        return events.firstByTime(lotId, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EventPage lotEvents(UUID lotId, int perPage, String token) {
        lots.context(lotId);
        return page(lotId, perPage, token);
    }

    /** Events of the lot an EPC or EPC class names; an empty result for an EPC of no lot recorded here. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EventPage eventsByEpc(String epc, int perPage, String token) {
        if (epc == null || epc.isBlank()) {
            throw DomainException.ruleViolationOn("validation", "epc", "is required");
        }
        if (LotEpcs.parse(epc).isEmpty()) {
            throw DomainException.ruleViolationOn("validation", "epc", "must be a GS1 Digital Link with a lot "
                    + "(…/01/{gtin}/10/{lot}) or an urn:epc:class:lgtin: URN");
        }
        Optional<LotContext> lot = new LotResolver(lots, facts).lot(epc);
        if (lot.isEmpty()) {
            return new EventPage(queryDocument(mapper.createArrayNode()), null);
        }
        return page(lot.get().lot().id, perPage, token);
    }

    /**
     * Writes the lot's whole chain as an EPCISDocument to {@code out}, streamed: the events are read
     * {@value #CHUNK} at a time and written as stored, so memory stays bounded whatever the chain's length.
     * {@link vn.ocop.traceability.platform.problem.NotFound} for an unknown lot is thrown before anything is written.
     */
    public StreamingOutput export(UUID lotId) {
        LotContext lot = lots.context(lotId);
        ObjectNode envelope = envelope(Epcis.EPCIS_DOCUMENT);
        envelope.put("id", "urn:uuid:" + UUID.randomUUID());
        envelope.put("instanceIdentifier", lot.digitalLink());
        return out -> {
            try (JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
                generator.writeStartObject();
                for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) envelope::fields) {
                    generator.writeFieldName(field.getKey());
                    mapper.writeTree(generator, field.getValue());
                }
                generator.writeFieldName("epcisBody");
                generator.writeStartObject();
                generator.writeFieldName("eventList");
                generator.writeStartArray();
                events.forEachBody(lotId, CHUNK, body -> {
                    try {
                        generator.writeRawValue(body);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                generator.writeEndArray();
                generator.writeEndObject();
                generator.writeEndObject();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
    }

    /**
     * Recomputes the event hashes and links of the lot's chain after its last checkpoint (the last link found intact
     * by an earlier call, itself checked to be still in place) and its head, so a call costs the events recorded since;
     * an intact result moves the checkpoint to the head.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainCheck verify(UUID lotId) {
        LotContext lot = lots.context(lotId);
        Optional<Checkpoint> checkpoint = events.checkpoint(lotId).filter(c -> c.seq() <= lot.lot().eventCount);
        String previous = null;
        int count = 0;
        int after = 0;
        if (checkpoint.isPresent()) {
            if (!checkpoint.get().hash().equals(events.hashAt(lotId, checkpoint.get().seq()))) {
                return new ChainCheck(lotId, false, lot.lot().eventCount, lot.lot().headHash,
                        checkpoint.get().seq(), null, "the event verified last (" + checkpoint.get().seq()
                        + ") is gone or its chain hash changed", checkpoint.get().seq());
            }
            previous = checkpoint.get().hash();
            count = checkpoint.get().seq();
            after = count;
        }
        int from = after + 1;
        List<ChainLink> rows;
        do {
            rows = events.links(lotId, after, CHUNK);
            for (ChainLink row : rows) {
                count++;
                String broken = brokenReason(row, count, previous);
                if (broken != null) {
                    return new ChainCheck(lotId, false, lot.lot().eventCount, lot.lot().headHash, row.seq(),
                            row.eventId(), broken, from);
                }
                previous = row.hash();
                after = row.seq();
            }
        } while (rows.size() == CHUNK);
        if (count != lot.lot().eventCount || !Objects.equals(previous, lot.lot().headHash)) {
            return new ChainCheck(lotId, false, lot.lot().eventCount, lot.lot().headHash, count + 1, null,
                    "the lot's head (" + lot.lot().eventCount + " events, head " + lot.lot().headHash
                            + ") does not match its last recorded event (" + count + ")", from);
        }
        if (count > 0 && (checkpoint.isEmpty() || count > checkpoint.get().seq())) {
            saveCheckpoint(lotId, count, previous);
        }
        return new ChainCheck(lotId, true, count, previous, null, null, null, from);
    }

    /** Moves the checkpoint in a transaction of its own, whether or not the caller has one. */
    private void saveCheckpoint(UUID lotId, int seq, String hash) {
        QuarkusTransaction.requiringNew()
                .run(() -> events.saveCheckpoint(lotId, seq, hash, OffsetDateTime.now(clock)));
    }

    private String brokenReason(ChainLink row, int expectedSeq, String previous) {
        if (row.seq() != expectedSeq) {
            return "event " + expectedSeq + " is missing";
        }
        JsonNode event = read(row.body());
        String canonical = EventHashes.canonical(event);
        String eventId = EventHashes.eventId(EventHashes.eventHash(canonical));
        if (!eventId.equals(row.eventId()) || !row.eventId().equals(event.path("eventID").asText(null))) {
            return "the event's content no longer matches its eventID";
        }
        if (!Objects.equals(previous, row.previousHash())) {
            return "the event does not link to the hash of the event before it";
        }
        if (!EventHashes.chainHash(canonical, previous).equals(row.hash())) {
            return "the event's chain hash does not match its content and the previous hash";
        }
        return null;
    }

    private EventPage page(UUID lotId, int perPage, String token) {
        int after = token == null || token.isBlank() ? 0 : decode(token, lotId);
        List<ChainLink> rows = events.links(lotId, after, perPage + 1);
        ArrayNode eventList = mapper.createArrayNode();
        rows.stream().limit(perPage).forEach(r -> eventList.add(read(r.body())));
        String next = rows.size() > perPage ? encode(lotId, rows.get(perPage - 1).seq()) : null;
        return new EventPage(queryDocument(eventList), next);
    }

    private ObjectNode queryDocument(ArrayNode events) {
        ObjectNode document = envelope(Epcis.EPCIS_QUERY_DOCUMENT);
        ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
        results.put("queryName", "SimpleEventQuery");
        results.putObject("resultsBody").set("eventList", events);
        return document;
    }

    private ObjectNode envelope(String type) {
        ObjectNode document = mapper.createObjectNode();
        ArrayNode context = document.putArray("@context");
        context.add(Epcis.GS1_CONTEXT);
        context.addObject().put(Epcis.OCOP_PREFIX, Epcis.OCOP_NAMESPACE);
        document.put("type", type);
        document.put("schemaVersion", Epcis.SCHEMA_VERSION);
        document.put("creationDate", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return document;
    }

    private JsonNode read(String body) {
        try {
            return reader().readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event is not JSON", e);
        }
    }

    private ObjectReader reader() {
        return mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    private static String encode(UUID lotId, int seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v1:" + lotId + ":" + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token, UUID lotId) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
            if (parts.length == 3 && "v1".equals(parts[0]) && lotId.toString().equals(parts[1])) {
                int seq = Integer.parseInt(parts[2]);
                if (seq >= 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the violation
        }
        throw DomainException.ruleViolationOn("validation", "nextPageToken", "is not a token this query returned");
    }
}
