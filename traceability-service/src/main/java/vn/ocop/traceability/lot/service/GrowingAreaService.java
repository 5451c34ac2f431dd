package vn.ocop.traceability.lot.service;

import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import vn.ocop.traceability.lot.GrowingArea;
import vn.ocop.traceability.media.mapping.ImageJson;
import vn.ocop.traceability.lot.repository.GrowingAreaRepository;
import vn.ocop.traceability.platform.events.RecordsChanged;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.security.Caller;
import vn.ocop.contract.Roles;
import vn.ocop.traceability.trace.service.ProductFactsService;
import vn.ocop.traceability.trace.service.ProductFactsService.ProducerFacts;

import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Registers and maintains producers' growing areas: ownership, commune resolution, boundary checks. */
@ApplicationScoped
public class GrowingAreaService {

    private final GrowingAreaRepository areas;
    private final Event<RecordsChanged> changed;
    private final ProductFactsService facts;
    private final ObjectMapper mapper;
    private final Clock clock;

    public GrowingAreaService(GrowingAreaRepository areas, Event<RecordsChanged> changed, ProductFactsService facts,
                              ObjectMapper mapper, Clock clock) {
        this.areas = areas;
        this.changed = changed;
        this.facts = facts;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public GrowingAreaDetails register(GrowingAreaCommand command, Caller caller) {
        UUID producerId = producerFor(command, caller);
        ProducerFacts producer = knownProducer(producerId);
        GrowingArea area = new GrowingArea();
        area.id = UUID.randomUUID();
        area.producerId = producerId;
        area.createdBy = caller.subject();
        area.createdAt = OffsetDateTime.now(clock);
        apply(area, command, producer);
        areas.persist(area);
        areas.flush();
        return details(area);
    }

    @Transactional
    public GrowingAreaDetails replace(UUID id, GrowingAreaCommand command, Caller caller) {
        GrowingArea area = areas.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("No growing area " + id));
        if (!caller.actsFor(area.producerId)) {
            throw DomainException.forbidden("This growing area belongs to another producer");
        }
        if (command.version() == null) {
            throw DomainException.ruleViolationOn("validation", "version", "is required to replace a growing area");
        }
        if (command.producerId() != null && !command.producerId().equals(area.producerId)) {
            throw DomainException.ruleViolationOn("validation", "producerId", "a growing area cannot move to another producer");
        }
        if (command.version() != area.version) {
            throw DomainException.conflictOn("stale-version", "version", "the growing area is at version " + area.version
                    + ", not " + command.version() + ": reload it and retry");
        }
        apply(area, command, knownProducer(area.producerId));
        areas.flush();
        changed.fire(new RecordsChanged("growing area " + area.id));
        return details(area);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GrowingAreaDetails get(UUID id, Caller caller) {
        GrowingArea area = areas.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("No growing area " + id));
        if (restrictedToOwn(caller) && !caller.actsFor(area.producerId)) {
            throw DomainException.forbidden("This growing area belongs to another producer");
        }
        return details(area);
    }

    /** A page of areas; a producer sees only its own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<GrowingAreaDetails> list(UUID producerId, int page, int size, Caller caller) {
        UUID filter = producerId;
        if (restrictedToOwn(caller)) {
            if (filter != null && !filter.equals(caller.producerId())) {
                throw DomainException.forbidden("A producer may only list its own growing areas");
            }
            filter = caller.producerId();
        }
        var query = areas.byProducer(filter).page(page, size);
        return new Page<>(query.list().stream().map(this::details).toList(), page, size, query.count());
    }

    /** The area when it belongs to {@code producerId}; a 422 otherwise (lots use it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public GrowingArea ofProducer(UUID areaId, UUID producerId) {
        GrowingArea area = areas.findById(areaId);
        if (area == null || !area.producerId.equals(producerId)) {
            throw DomainException.unprocessableOn("growing-area-not-of-producer", "growingAreaId",
                    "no growing area " + areaId + " of the product's producer");
        }
        return area;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GrowingArea find(UUID areaId) {
        return areaId == null ? null : areas.findById(areaId);
    }

    private static boolean restrictedToOwn(Caller caller) {
        return !caller.isAdmin() && caller.has(Roles.PRODUCER);
    }

    private static UUID producerFor(GrowingAreaCommand command, Caller caller) {
        if (caller.isAdmin()) {
            if (command.producerId() == null) {
                throw DomainException.ruleViolationOn("validation", "producerId", "is required when an admin registers an area");
            }
            return command.producerId();
        }
        if (caller.producerId() == null) {
            throw DomainException.forbidden("The token does not name a producer (claim producer_id)");
        }
        if (command.producerId() != null && !command.producerId().equals(caller.producerId())) {
            throw DomainException.forbidden("A producer may only register its own growing areas");
        }
        return caller.producerId();
    }

    private ProducerFacts knownProducer(UUID producerId) {
        return facts.producer(producerId).orElseThrow(() -> DomainException.unprocessableOn("unknown-producer", "producerId",
                "producer " + producerId + " is not known to the traceability service (no registry event yet)"));
    }

    private void apply(GrowingArea area, GrowingAreaCommand command, ProducerFacts producer) {
        List<FieldError> errors = new ArrayList<>();
        String boundary = null;
        if (command.boundary() != null && !command.boundary().isNull()) {
            errors.addAll(PolygonRules.violations(command.boundary()));
            boundary = json(command.boundary());
        }
        boolean producersCommune = command.communeCode().equals(producer.communeCode());
        if (!producersCommune && blank(command.communeName())) {
            errors.add(new FieldError("communeName",
                    "is required when the area is outside the producer's commune"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.ruleViolation("validation", "The growing area is invalid", errors);
        }
        area.name = nfc(command.name());
        area.communeCode = command.communeCode();
        if (producersCommune) {
            area.communeName = producer.communeName();
            area.provinceCode = producer.provinceCode();
            area.provinceName = producer.provinceName();
        } else {
            area.communeName = nfc(command.communeName());
            area.provinceCode = command.provinceCode();
            area.provinceName = nfc(command.provinceName());
        }
        area.latitude = command.latitude();
        area.longitude = command.longitude();
        area.boundary = boundary;
        area.areaHectares = command.areaHectares();
        area.subject = nfc(command.subject());
        area.subjectKind = command.subjectKind();
    }

    private GrowingAreaDetails details(GrowingArea a) {
        JsonNode boundary = null;
        if (a.boundary != null) {
            try {
                boundary = mapper.readTree(a.boundary);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored boundary of " + a.id + " is not JSON", e);
            }
        }
        return new GrowingAreaDetails(a.id, a.producerId, a.name, a.communeCode, a.communeName, a.provinceCode,
                a.provinceName, a.latitude, a.longitude, boundary, a.areaHectares, a.subject, a.subjectKind,
                a.createdBy, a.createdAt, a.version, ImageJson.one(a.photo));
    }

    private String json(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }
}
