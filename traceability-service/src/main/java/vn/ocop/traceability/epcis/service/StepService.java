package vn.ocop.traceability.epcis.service;

import vn.ocop.platform.problem.DomainException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.contract.DigitalLinks;
import vn.ocop.traceability.epcis.Epcis;
import vn.ocop.traceability.epcis.service.EventChainService.Appended;
import vn.ocop.traceability.epcis.service.EventChainService.Incoming;
import vn.ocop.traceability.lot.GrowingArea;
import vn.ocop.traceability.lot.service.GrowingAreaService;
import vn.ocop.traceability.lot.service.LotService;
import vn.ocop.traceability.lot.service.LotService.LotContext;
import vn.ocop.traceability.lot.service.LotWriteRights;
import vn.ocop.traceability.platform.config.ResolverConfig;
import vn.ocop.platform.security.Caller;
import vn.ocop.traceability.trace.service.ProductFactsService;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Turns the simple step forms into EPCIS 2.0 events on a lot and appends them to its chain. Each event says who
 * ({@code ocop:recordedBy}, {@code ocop:partyName}), where ({@code readPoint}/{@code bizLocation}:
 * {@code {base}/growing-areas/{id}} or {@code {base}/communes/{code}}), when ({@code eventTime},
 * {@code eventTimeZoneOffset}), why (CBV 2.0 {@code bizStep} and {@code disposition}) and under which OCOP
 * certificate ({@code certificationInfo} = {@code {base}/certificates/{number}}).
 */
@ApplicationScoped
public class StepService {

    /** The steps of the simple forms. */
    public enum Step {
        HARVEST, PROCESSING, PACKING, SHIPPING, RECEIVING, INSPECTION;

        public static Step of(String value) {
            try {
                return valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw DomainException.ruleViolationOn("validation", "step",
                        "must be one of harvest, processing, packing, shipping, receiving, inspection");
            }
        }
    }

    private static final String DEFAULT_OFFSET = "+07:00";

    private final LotService lots;
    private final GrowingAreaService areas;
    private final ProductFactsService facts;
    private final EventChainService chain;
    private final PartyNames parties;
    private final LotWriteRights rights;
    private final ResolverConfig resolver;
    private final ObjectMapper mapper;
    private final Clock clock;

    public StepService(LotService lots, GrowingAreaService areas, ProductFactsService facts, EventChainService chain,
                       PartyNames parties, LotWriteRights rights, ResolverConfig resolver, ObjectMapper mapper,
                       Clock clock) {
        this.lots = lots;
        this.areas = areas;
        this.facts = facts;
        this.chain = chain;
        this.parties = parties;
        this.rights = rights;
        this.resolver = resolver;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Appends the step as an EPCIS event to the lot's chain; a null {@code command} takes every default. */
    @Transactional
    public Appended record(UUID lotId, String stepName, StepCommand command, Caller caller) {
        Step step = Step.of(stepName);
        LotContext lot = lots.context(lotId);
        LotWriteRights.Permit permit = rights.require(caller, lot, kind(step));
        StepCommand form = command != null ? command : StepCommand.DEFAULTS;
        ObjectNode event = build(step, lot, form, caller);
        return chain.append(lotId, List.of(new Incoming(event, "/")), caller.subject(), parties.of(caller), null,
                permit.linkParty()).get(0);
    }

    /** What kind of write a step is: harvest is the producer's, inspection an officer's, the rest the chain's. */
    private static LotWriteRights.Kind kind(Step step) {
        return switch (step) {
            case HARVEST -> LotWriteRights.Kind.PRODUCER_STEP;
            case INSPECTION -> LotWriteRights.Kind.INSPECTION;
            default -> LotWriteRights.Kind.CHAIN_STEP;
        };
    }

    private ObjectNode build(Step step, LotContext lot, StepCommand form, Caller caller) {
        DigitalLinks links = new DigitalLinks(resolver.baseUrl());
        OffsetDateTime time = form.eventTime() != null ? eventTime(form.eventTime())
                : OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.of(DEFAULT_OFFSET));
        String offset = form.eventTimeZoneOffset() != null ? form.eventTimeZoneOffset()
                : form.eventTime() != null ? offsetOf(time) : DEFAULT_OFFSET;
        ObjectNode event = mapper.createObjectNode();
        event.put("type", switch (step) {
            case PROCESSING -> Epcis.TRANSFORMATION_EVENT;
            case PACKING -> Epcis.AGGREGATION_EVENT;
            default -> Epcis.OBJECT_EVENT;
        });
        event.put("eventTime", time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        event.put("eventTimeZoneOffset", offset);
        GrowingArea area = areas.find(lot.lot().growingAreaId);
        String where = place(links, step, form, area, lot);
        BigDecimal quantity = form.quantity() != null ? form.quantity() : lot.lot().quantity;
        switch (step) {
            case HARVEST -> {
                event.put("action", Epcis.ADD);
                event.set("quantityList", quantities(lot.digitalLink(), quantity, form.uom()));
                vocabulary(event, Epcis.BIZ_COMMISSIONING, Epcis.DISP_ACTIVE, where);
                ObjectNode ilmd = event.putObject("ilmd");
                ilmd.put("cbvmda:harvestStartDate", (form.harvestDate() != null ? form.harvestDate()
                        : time.toLocalDate()).toString());
                ilmd.put("cbvmda:countryOfOrigin", "VN");
                if (lot.lot().expiryDate != null) {
                    ilmd.put("cbvmda:itemExpirationDate", lot.lot().expiryDate.toString());
                }
                if (area != null) {
                    ilmd.put(Epcis.GROWING_AREA, links.base() + "/growing-areas/" + area.id);
                    ilmd.put(Epcis.GROWING_AREA_NAME, area.name);
                }
            }
            case PROCESSING -> {
                ArrayNode inputs = mapper.createArrayNode();
                if (form.inputs() == null || form.inputs().isEmpty()) {
                    inputs.addAll(quantities(lot.digitalLink(), quantity, form.uom()));
                } else {
                    for (int i = 0; i < form.inputs().size(); i++) {
                        inputs.add(input(form.inputs().get(i), i, links));
                    }
                }
                event.set("inputQuantityList", inputs);
                event.set("outputQuantityList", quantities(lot.digitalLink(), quantity, form.uom()));
                vocabulary(event, Epcis.BIZ_COMMISSIONING, Epcis.DISP_ACTIVE, where);
            }
            case PACKING -> {
                event.put("parentID", form.packageId() != null ? uri(form.packageId(), "packageId")
                        : "urn:uuid:" + UUID.randomUUID());
                event.set("childQuantityList", quantities(lot.digitalLink(), quantity, form.uom()));
                event.put("action", Epcis.ADD);
                vocabulary(event, Epcis.BIZ_PACKING, Epcis.DISP_IN_PROGRESS, where);
            }
            case SHIPPING, RECEIVING -> {
                boolean shipping = step == Step.SHIPPING;
                if (shipping && blank(form.destination())) {
                    throw DomainException.ruleViolationOn("validation", "destination", "is required to ship a lot");
                }
                if (!shipping && blank(form.source())) {
                    throw DomainException.ruleViolationOn("validation", "source", "is required to receive a lot");
                }
                event.put("action", Epcis.OBSERVE);
                event.set("quantityList", quantities(lot.digitalLink(), quantity, form.uom()));
                vocabulary(event, shipping ? Epcis.BIZ_SHIPPING : Epcis.BIZ_RECEIVING,
                        shipping ? Epcis.DISP_IN_TRANSIT : Epcis.DISP_IN_PROGRESS, where);
                String producer = links.base() + "/producers/" + lot.product().producerId();
                String recorder = caller.actsFor(lot.product().producerId()) ? producer
                        : party(links, caller.subject());
                String source = blank(form.source()) ? (shipping ? producer : recorder) : party(links, form.source());
                String destination = blank(form.destination()) ? recorder : party(links, form.destination());
                event.putArray("sourceList").addObject().put("type", Epcis.OWNING_PARTY).put("source", source);
                event.putArray("destinationList").addObject().put("type", Epcis.OWNING_PARTY)
                        .put("destination", destination);
            }
            case INSPECTION -> {
                event.put("action", Epcis.OBSERVE);
                event.set("quantityList", quantities(lot.digitalLink(), quantity, form.uom()));
                vocabulary(event, Epcis.BIZ_INSPECTING, Boolean.FALSE.equals(form.passed())
                        ? Epcis.DISP_NON_CONFORMANT : Epcis.DISP_CONFORMANT, where);
            }
            default -> throw new IllegalStateException(step.name());
        }
        facts.newestCertificate(lot.product().id()).ifPresent(c -> event.put("certificationInfo",
                links.base() + "/certificates/" + DigitalLinks.encode(c.number())));
        if (!blank(form.note())) {
            event.put(Epcis.NOTE, form.note());
        }
        return event;
    }

    private String place(DigitalLinks links, Step step, StepCommand form, GrowingArea area, LotContext lot) {
        if (form.communeCode() != null) {
            return links.base() + "/communes/" + form.communeCode();
        }
        if (step == Step.HARVEST && area != null) {
            return links.base() + "/growing-areas/" + area.id;
        }
        String commune = facts.producer(lot.product().producerId()).map(p -> p.communeCode()).orElse(null);
        return commune != null ? links.base() + "/communes/" + commune
                : links.base() + "/producers/" + lot.product().producerId();
    }

    private ObjectNode input(StepCommand.Input input, int index, DigitalLinks links) {
        String field = "inputs[" + index + "]";
        String epcClass;
        if (input.lotId() != null) {
            try {
                epcClass = lots.context(input.lotId()).digitalLink();
            } catch (DomainException e) {
                if (e.status() != 404) {
                    throw e;
                }
                throw DomainException.ruleViolationOn("validation", field + ".lotId", "no lot " + input.lotId());
            }
        } else if (!blank(input.epcClass())) {
            epcClass = uri(input.epcClass(), field + ".epcClass");
        } else {
            throw DomainException.ruleViolationOn("validation", field, "needs a lotId or an epcClass");
        }
        ObjectNode element = mapper.createObjectNode().put("epcClass", epcClass);
        if (input.quantity() != null) {
            element.put("quantity", input.quantity());
            if (input.uom() != null) {
                element.put("uom", input.uom());
            }
        }
        return element;
    }

    private ArrayNode quantities(String epcClass, BigDecimal quantity, String uom) {
        ArrayNode list = mapper.createArrayNode();
        ObjectNode element = list.addObject().put("epcClass", epcClass).put("quantity", quantity);
        if (uom != null) {
            element.put("uom", uom);
        }
        return list;
    }

    private static void vocabulary(ObjectNode event, String bizStep, String disposition, String where) {
        event.put("bizStep", bizStep);
        event.put("disposition", disposition);
        event.putObject("readPoint").put("id", where);
        event.putObject("bizLocation").put("id", where);
    }

    /** A URI given as is, or a party name turned into {@code {base}/parties/{name}}. */
    private static String party(DigitalLinks links, String value) {
        String trimmed = value.strip();
        if (isAbsoluteUri(trimmed)) {
            return trimmed;
        }
        return links.base() + "/parties/" + DigitalLinks.encode(Normalizer.normalize(trimmed, Normalizer.Form.NFC));
    }

    private static String uri(String value, String field) {
        String trimmed = value.strip();
        if (!isAbsoluteUri(trimmed)) {
            throw DomainException.ruleViolationOn("validation", field, "must be an absolute URI");
        }
        return trimmed;
    }

    private static boolean isAbsoluteUri(String value) {
        try {
            return new URI(value).isAbsolute() && !value.contains(" ");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static OffsetDateTime eventTime(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.ruleViolationOn("validation", "eventTime",
                    "must be a date-time with offset, e.g. 2025-10-01T07:30:00+07:00");
        }
    }

    private static String offsetOf(OffsetDateTime time) {
        String id = time.getOffset().getId();
        return "Z".equals(id) ? "+00:00" : id;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
