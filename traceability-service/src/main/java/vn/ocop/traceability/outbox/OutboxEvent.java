package vn.ocop.traceability.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One CloudEvent of this service waiting in (or already relayed from) the transactional outbox. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    public UUID id;
    /** Kafka key: the product id. */
    @Column(name = "aggregate_key")
    public String aggregateKey;
    public String type;
    /** The whole CloudEvent as JSON. */
    public String payload;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    /** W3C trace context of the transaction that wrote the row (null when none was recorded). */
    public String traceparent;
}
