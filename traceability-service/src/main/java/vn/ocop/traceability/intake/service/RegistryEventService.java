package vn.ocop.traceability.intake.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import vn.ocop.contract.CertificateData;
import vn.ocop.contract.CloudEvent;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.Gtin;
import vn.ocop.contract.ProducerData;
import vn.ocop.contract.ProductData;
import vn.ocop.platform.messaging.CloudEventReader;
import vn.ocop.platform.messaging.InvalidEvent;
import vn.ocop.traceability.intake.RegistryEvent;
import vn.ocop.traceability.intake.repository.ProcessedEventRepository;
import vn.ocop.traceability.trace.service.TraceProjectionService;
import vn.ocop.traceability.platform.events.RecordsChanged;
import vn.ocop.traceability.platform.tracing.ConsumerSpans;
import vn.ocop.contract.Topics;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns registry CloudEvents into trace-record changes exactly once: validates the envelope and payload, then applies
 * the effect and logs the event id in one transaction, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class RegistryEventService {

    /** Outcome of applying one event. */
    public enum Outcome { APPLIED, DUPLICATE }

    /** Events applied between two flushes that forget the persistence context's records. */
    static final int CLEAR_EVERY = 50;

    /** Months a certificate is valid when the event omits {@code validUntil} (docs/DOMAIN.md §1). */
    static final int DEFAULT_VALIDITY_MONTHS = 36;

    private static final Set<String> PRODUCER_TYPES = Set.of(EventTypes.PRODUCER_REGISTERED,
            EventTypes.PRODUCER_UPDATED);
    private static final Set<String> PRODUCT_TYPES = Set.of(EventTypes.PRODUCT_REGISTERED,
            EventTypes.PRODUCT_UPDATED);
    private static final Set<String> RECORDED_ONLY_TYPES = Set.of(EventTypes.DOSSIER_SUBMITTED,
            EventTypes.DOSSIER_DECIDED);
    private static final Set<String> CERTIFICATE_TYPES = Set.of(EventTypes.CERTIFICATE_ISSUED,
            EventTypes.CERTIFICATE_RENEWED, EventTypes.CERTIFICATE_UPGRADED, EventTypes.CERTIFICATE_DOWNGRADED,
            EventTypes.CERTIFICATE_REVOKED, EventTypes.CERTIFICATE_EXPIRED, EventTypes.CERTIFICATE_EXPIRING);

    private final ObjectMapper mapper;
    private final Event<RecordsChanged> changed;
    private final ProcessedEventRepository processedEvents;
    private final TraceProjectionService projection;
    private final Clock clock;
    private final ConsumerSpans spans;

    public RegistryEventService(ObjectMapper mapper, Event<RecordsChanged> changed,
                                ProcessedEventRepository processedEvents, TraceProjectionService projection,
                                Clock clock, ConsumerSpans spans) {
        this.spans = spans;
        this.mapper = mapper;
        this.changed = changed;
        this.processedEvents = processedEvents;
        this.projection = projection;
        this.clock = clock;
    }

    /** Parses and validates a CloudEvent in structured JSON mode; {@link InvalidEvent} says why it cannot be used. */
    public RegistryEvent parse(String payload) {
        CloudEvent event = CloudEventReader.envelope(mapper, payload);
        String type = event.type();
        if (RECORDED_ONLY_TYPES.contains(type)) {
            return new RegistryEvent(event.id(), type, null);
        }
        if (PRODUCER_TYPES.contains(type)) {
            return new RegistryEvent(event.id(), type,
                    validProducer(CloudEventReader.data(mapper, event, ProducerData.class), "data"));
        }
        if (PRODUCT_TYPES.contains(type)) {
            return new RegistryEvent(event.id(), type,
                    validProduct(CloudEventReader.data(mapper, event, ProductData.class)));
        }
        if (CERTIFICATE_TYPES.contains(type)) {
            return new RegistryEvent(event.id(), type,
                    validCertificate(CloudEventReader.data(mapper, event, CertificateData.class)));
        }
        throw new InvalidEvent("unknown event type " + type);
    }

    /** Applies the event and logs its id in one transaction; an id seen before changes nothing. */
    @Transactional
    public Outcome apply(RegistryEvent event) {
        return applyAll(List.of(event)).get(0);
    }

    /**
     * Applies the events in order and logs their ids, all in one transaction (the records of one poll); an id seen
     * before, or earlier in the list, changes nothing. Each event is handled in a span continuing its own trace. The
     * persistence context is flushed and cleared every {@value #CLEAR_EVERY} events, so a long poll's flushes do not
     * look at every record it wrote before.
     */
    @Transactional
    public List<Outcome> applyAll(List<RegistryEvent> events) {
        List<Outcome> outcomes = new ArrayList<>(events.size());
        for (RegistryEvent event : events) {
            outcomes.add(spans.process(Topics.REGISTRY_EVENTS, event.traceparent(), () -> applyOne(event)));
            if (outcomes.size() % CLEAR_EVERY == 0) {
                processedEvents.flushAndForget();
            }
        }
        if (outcomes.contains(Outcome.APPLIED)) {
            changed.fire(new RecordsChanged(events.size() == 1 ? events.get(0).type() : events.size() + " events"));
        }
        return outcomes;
    }

    private Outcome applyOne(RegistryEvent event) {
        if (!processedEvents.markProcessed(event.id(), event.type(), OffsetDateTime.now(clock))) {
            return Outcome.DUPLICATE;
        }
        if (event.data() instanceof ProducerData producer) {
            projection.recordProducer(producer);
        } else if (event.data() instanceof ProductData product) {
            projection.recordProduct(product);
        } else if (event.data() instanceof CertificateData certificate) {
            projection.recordCertificate(certificate);
        }
        return Outcome.APPLIED;
    }

    private static ProducerData validProducer(ProducerData data, String path) {
        if (data == null) {
            throw new InvalidEvent(path + " is missing");
        }
        require(data.producerId() != null, path + ".producerId is required");
        require(!isBlank(data.name()), path + ".name is required");
        require(data.version() >= 0, path + ".version must not be negative");
        return data;
    }

    private static ProductData validProduct(ProductData data) {
        require(data.productId() != null, "data.productId is required");
        require(!isBlank(data.name()), "data.name is required");
        validProducer(data.producer(), "data.producer");
        if (isBlank(data.gtin())) {
            return new ProductData(data.productId(), data.name(), data.groupCode(), data.groupName(), null,
                    data.description(), data.version(), data.producer(), data.images());
        }
        String gtin14 = Gtin.toGtin14(data.gtin())
                .orElseThrow(() -> new InvalidEvent("data.gtin " + data.gtin() + " is not a valid GTIN"));
        return new ProductData(data.productId(), data.name(), data.groupCode(), data.groupName(), gtin14,
                data.description(), data.version(), data.producer(), data.images());
    }

    private static CertificateData validCertificate(CertificateData data) {
        require(data.certificateId() != null, "data.certificateId is required");
        require(data.productId() != null, "data.productId is required");
        require(!isBlank(data.number()), "data.number is required");
        require(data.stars() >= 1 && data.stars() <= 5, "data.stars must be 1..5");
        require(data.decisionDate() != null, "data.decisionDate is required");
        if (data.validUntil() != null) {
            require(!data.validUntil().isBefore(data.decisionDate()), "data.validUntil is before data.decisionDate");
            return data;
        }
        return new CertificateData(data.certificateId(), data.productId(), data.number(), data.stars(),
                data.issuingAuthority(), data.decisionDate(), data.decisionDate().plusMonths(DEFAULT_VALIDITY_MONTHS),
                data.status(), data.revokedAt(), data.revocationReason(), data.previousStars());
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new InvalidEvent(reason);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
