package vn.ocop.traceability.epcis.service;

import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.traceability.epcis.CaptureJob;
import vn.ocop.traceability.epcis.Epcis;
import vn.ocop.traceability.epcis.config.EpcisConfig;
import vn.ocop.traceability.epcis.mapping.LotEpcs;
import vn.ocop.traceability.epcis.repository.CaptureJobRepository;
import vn.ocop.traceability.epcis.service.EventChainService.Incoming;
import vn.ocop.traceability.lot.service.LotService;
import vn.ocop.traceability.lot.service.LotService.LotContext;
import vn.ocop.traceability.lot.service.LotWriteRights;
import vn.ocop.platform.security.Caller;
import vn.ocop.traceability.trace.service.ProductFactsService;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * EPCIS capture: checks the caller's right on every lot the document names first, then validates the whole
 * EPCISDocument before anything is stored (GS1 JSON schema, timezone offset, known event type, every event about a lot
 * recorded here), then appends every event to its
 * lot's chain and records the capture job, all in one transaction.
 */
@ApplicationScoped
public class CaptureService {

    private static final String EVENT_LIST = "/epcisBody/eventList";
    /** Column limits of epcis_event that the schema does not bound. */
    private static final int MAX_VOCABULARY = 200;
    private static final int MAX_LOCATION = 300;

    private final EpcisSchema schema;
    private final LotService lots;
    private final ProductFactsService facts;
    private final EventChainService chain;
    private final CaptureJobRepository jobs;
    private final PartyNames parties;
    private final EpcisConfig config;
    private final LotWriteRights writeRights;
    private final ObjectMapper mapper;
    private final Clock clock;

    public CaptureService(EpcisSchema schema, LotService lots, ProductFactsService facts, EventChainService chain,
                          CaptureJobRepository jobs, PartyNames parties, EpcisConfig config, LotWriteRights writeRights,
                          ObjectMapper mapper, Clock clock) {
        this.schema = schema;
        this.lots = lots;
        this.facts = facts;
        this.chain = chain;
        this.jobs = jobs;
        this.parties = parties;
        this.config = config;
        this.writeRights = writeRights;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Checks the caller's right on every lot the document names first (403 at once, nothing else looked at), then
     * validates the whole document (the events one by one in parallel: schema, rules), then stores it in a new
     * transaction; any violation is a {@link RuleViolation} listing all of them, nothing stored.
     */
    public CaptureReport capture(String body, Caller caller) {
        JsonNode document = parse(body);
        JsonNode eventList = document.path("epcisBody").path("eventList");
        if (eventList.size() > config.captureLimit()) {
            throw DomainException.ruleViolation("epcis-validation", "The EPCIS document has more than " + config.captureLimit()
                    + " events; nothing was stored", List.of(new FieldError(EVENT_LIST,
                    "must not contain more than " + config.captureLimit() + " events (GS1-EPCIS-Capture-Limit)")));
        }
        Rights rights = rights(eventList, caller);
        boolean apart = EpcisSchema.checksEventsApart(document);
        List<Checked> events = IntStream.range(0, eventList.size()).parallel()
                .mapToObj(i -> check(eventList.get(i), EVENT_LIST + "/" + i, apart)).toList();
        List<FieldError> schemaErrors = new ArrayList<>(schema.envelopeViolations(document));
        events.forEach(e -> schemaErrors.addAll(e.schemaErrors()));
        List<FieldError> errors = new ArrayList<>(EpcisSchema.reported(schemaErrors));
        if (!Epcis.EPCIS_DOCUMENT.equals(document.path("type").asText(null))) {
            errors.add(new FieldError("/type", "must be EPCISDocument"));
        }
        if (eventList.isArray() && eventList.isEmpty()) {
            errors.add(new FieldError(EVENT_LIST, "must contain at least one event"));
        }
        Map<UUID, List<Incoming>> byLot = new TreeMap<>();
        for (int i = 0; i < events.size() && errors.size() < 200; i++) {
            Checked checked = events.get(i);
            if (checked.event() == null) {
                continue;
            }
            errors.addAll(checked.ruleErrors());
            Optional<LotContext> lot = rights.lots().get(i);
            if (lot.isEmpty()) {
                errors.add(new FieldError(checked.pointer(), "names no lot recorded here (an EPC or EPC "
                        + "class {resolver}/01/{gtin}/10/{lot} or urn:epc:class:lgtin:... of a lot of ours is "
                        + "required)"));
                continue;
            }
            byLot.computeIfAbsent(lot.get().lot().id, k -> new ArrayList<>())
                    .add(new Incoming(checked.event(), checked.pointer()));
        }
        if (!errors.isEmpty()) {
            throw DomainException.ruleViolation("epcis-validation", "The EPCIS document has " + errors.size()
                    + " violation(s); nothing was stored", errors);
        }
        String partyName = parties.of(caller);
        return QuarkusTransaction.requiringNew().call(() -> store(byLot, eventList.size(), caller, partyName,
                rights.linkParties()));
    }

    /** The lot of each event (empty: names none of ours) and the linkage party of each lot written to. */
    private record Rights(List<Optional<LotContext>> lots, Map<UUID, String> linkParties) {
    }

    /**
     * The caller's right on every lot the events name, checked before anything else: an event whose lot the caller
     * may not write on (an inspection by anyone but an officer covering the lot, any other event by anyone but the
     * producer or an organisation it granted) makes the whole document a 403.
     */
    private Rights rights(JsonNode eventList, Caller caller) {
        LotResolver resolver = new LotResolver(lots, facts);
        List<Optional<LotContext>> owners = new ArrayList<>(eventList.size());
        Map<String, Optional<LotWriteRights.Permit>> permits = new HashMap<>();
        Map<UUID, String> linkParties = new HashMap<>();
        Set<String> forbidden = new TreeSet<>();
        LotWriteRights.Kind refused = null;
        for (JsonNode node : eventList) {
            Optional<LotContext> lot = node instanceof ObjectNode ? resolver.owner(LotResolver.candidates(node))
                    : Optional.empty();
            owners.add(lot);
            if (lot.isEmpty()) {
                continue;
            }
            LotWriteRights.Kind kind = isInspection(node) ? LotWriteRights.Kind.INSPECTION
                    : LotWriteRights.Kind.CHAIN_STEP;
            Optional<LotWriteRights.Permit> permit = permits.computeIfAbsent(lot.get().lot().id + "/" + kind,
                    k -> writeRights.permit(caller, lot.get(), kind));
            if (permit.isEmpty()) {
                forbidden.add(lot.get().lot().lotCode);
                refused = kind;
            } else if (permit.get().linkParty() != null) {
                linkParties.put(lot.get().lot().id, permit.get().linkParty());
            }
        }
        if (!forbidden.isEmpty()) {
            throw DomainException.forbidden(LotWriteRights.refusal(refused) + "; the document names lot(s) "
                    + String.join(", ", forbidden) + " where the caller may not; nothing was stored");
        }
        return new Rights(owners, linkParties);
    }

    /** An event whose CBV business step is inspecting (bare, URN or Web URI form). */
    static boolean isInspection(JsonNode event) {
        String bizStep = event.path("bizStep").asText("").strip().toLowerCase(java.util.Locale.ROOT);
        return bizStep.endsWith("inspecting") || bizStep.endsWith("inspection");
    }

    /** What one event of the list brought: schema and rule violations, and the lot keys it names. */
    private record Checked(String pointer, ObjectNode event, List<FieldError> schemaErrors,
                           List<FieldError> ruleErrors, List<LotEpcs.LotKey> lotKeys) {
    }

    /** Everything about one event that needs no database: run for all events in parallel. */
    private Checked check(JsonNode node, String pointer, boolean apart) {
        List<FieldError> schemaErrors = apart ? schema.eventViolations(node, pointer) : List.of();
        if (!(node instanceof ObjectNode event)) {
            return new Checked(pointer, null, schemaErrors, List.of(), List.of());
        }
        return new Checked(pointer, event, schemaErrors, eventRules(event, pointer), LotResolver.candidates(event));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaptureReport job(UUID captureId) {
        CaptureJob job = jobs.findByIdOptional(captureId)
                .orElseThrow(() -> DomainException.notFound("No capture job " + captureId));
        List<FieldError> errors = List.of();
        if (job.errors != null) {
            try {
                errors = mapper.readValue(job.errors, new TypeReference<List<FieldError>>() { });
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return report(job, errors);
    }

    private CaptureReport store(Map<UUID, List<Incoming>> byLot, int count, Caller caller, String partyName,
                                 Map<UUID, String> linkParties) {
        CaptureJob job = new CaptureJob();
        job.id = UUID.randomUUID();
        job.status = CaptureJob.SUCCESS;
        job.recordedBy = caller.subject();
        job.eventCount = count;
        job.createdAt = OffsetDateTime.now(clock);
        jobs.persist(job);
        jobs.flush();
        // lots in id order, so two captures touching the same lots never wait on each other crosswise
        byLot.forEach((lotId, events) -> chain.append(lotId, events, caller.subject(), partyName, job.id,
                linkParties.get(lotId)));
        job.finishedAt = OffsetDateTime.now(clock);
        return report(job, List.of());
    }

    private static List<FieldError> eventRules(ObjectNode event, String pointer) {
        List<FieldError> errors = new ArrayList<>();
        if (!event.hasNonNull("eventTimeZoneOffset")) {
            errors.add(new FieldError(pointer + "/eventTimeZoneOffset", "is required"));
        }
        String type = event.path("type").asText(null);
        if (!Epcis.EVENT_TYPES.contains(type)) {
            errors.add(new FieldError(pointer + "/type", "must be one of ObjectEvent, AggregationEvent, "
                    + "TransformationEvent, AssociationEvent, TransactionEvent"));
        }
        JsonNode eventTime = event.get("eventTime");
        if (eventTime != null && eventTime.isTextual()) {
            try {
                OffsetDateTime.parse(eventTime.asText());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(pointer + "/eventTime", "must be an RFC 3339 date-time"));
            }
        }
        limit(event.get("bizStep"), MAX_VOCABULARY, pointer + "/bizStep", errors);
        limit(event.get("disposition"), MAX_VOCABULARY, pointer + "/disposition", errors);
        limit(event.path("readPoint").get("id"), MAX_LOCATION, pointer + "/readPoint/id", errors);
        limit(event.path("bizLocation").get("id"), MAX_LOCATION, pointer + "/bizLocation/id", errors);
        return errors;
    }

    private static void limit(JsonNode value, int max, String field, List<FieldError> errors) {
        if (value != null && value.isTextual() && value.asText().length() > max) {
            errors.add(new FieldError(field, "must not be longer than " + max + " characters"));
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw DomainException.ruleViolationOn("epcis-validation", "/", "the body must be an EPCISDocument");
        }
        try {
            JsonNode node = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
            if (node == null || !node.isObject()) {
                throw DomainException.ruleViolationOn("epcis-validation", "/", "the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw DomainException.ruleViolationOn("malformed-json", "/", "the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static CaptureReport report(CaptureJob job, List<FieldError> errors) {
        return new CaptureReport(job.id, job.createdAt, job.finishedAt, CaptureJob.RUNNING.equals(job.status),
                !CaptureJob.FAILED.equals(job.status), job.eventCount, errors);
    }
}
