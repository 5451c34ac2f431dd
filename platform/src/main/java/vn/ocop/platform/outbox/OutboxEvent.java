package vn.ocop.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.ocop.contract.CloudEvent;
import vn.ocop.contract.TraceContexts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One CloudEvent waiting in (or already relayed from) a service's transactional outbox (table {@code outbox_event} in
 * each service's own database), and the one way a row is made ({@link #of}).
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true)
    public UUID id;

    /** Kafka key: the subject of the event (a product id, a producer id). */
    @Column(name = "aggregate_key", nullable = false)
    public String aggregateKey;

    @Column(nullable = false)
    public String type;

    /** The whole CloudEvent as JSON. */
    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** W3C trace context of the transaction that wrote the row (null when none was recorded). */
    public String traceparent;

    /**
     * The row of a fact: a structured-mode CloudEvent of {@code type} from {@code source} about {@code subject} (also
     * the Kafka key), dated now by {@code clock} in UTC, with the trace context of the current span (the CloudEvents
     * distributed-tracing attribute, and in {@link #traceparent}) when one is recorded. {@link Outbox#append} makes
     * it and writes it in the transaction of the change it reports.
     */
    public static OutboxEvent of(ObjectMapper mapper, Clock clock, String source, String type, String subject,
                                 Object data) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, id.toString(), source, type, subject, now,
                "application/json", mapper.valueToTree(data));
        OutboxEvent row = new OutboxEvent();
        row.id = id;
        row.aggregateKey = subject;
        row.type = type;
        row.createdAt = now;
        row.traceparent = TraceContexts.currentTraceparent();
        ObjectNode json = mapper.valueToTree(event);
        if (row.traceparent != null) {
            json.put(TraceContexts.TRACEPARENT, row.traceparent);
        }
        try {
            row.payload = mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + type, e);
        }
        return row;
    }
}
