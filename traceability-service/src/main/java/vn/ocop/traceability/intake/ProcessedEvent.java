package vn.ocop.traceability.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One registry event this service has applied: the log that makes intake idempotent. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    @Column(name = "event_id")
    public String eventId;
    public String type;
    @Column(name = "processed_at")
    public OffsetDateTime processedAt;
}
