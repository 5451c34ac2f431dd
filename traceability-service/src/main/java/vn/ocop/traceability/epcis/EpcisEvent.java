package vn.ocop.traceability.epcis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One EPCIS 2.0 event recorded on a lot: the event as emitted ({@link #body}), the columns the timeline and queries
 * need, and its link in the lot's hash chain ({@link #seq}, {@link #previousHash}, {@link #hash}).
 */
@Entity
@Table(name = "epcis_event")
public class EpcisEvent {

    @Id
    public UUID id;
    @Column(name = "lot_id")
    public UUID lotId;
    public int seq;
    /** ni:///sha-256;{hex}?ver=CBV2.0 */
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "event_time")
    public OffsetDateTime eventTime;
    @Column(name = "event_time_zone_offset")
    public String eventTimeZoneOffset;
    @Column(name = "biz_step")
    public String bizStep;
    public String disposition;
    @Column(name = "read_point")
    public String readPoint;
    @Column(name = "biz_location")
    public String bizLocation;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    @Column(name = "capture_id")
    public UUID captureId;
    /** The EPCIS 2.0 JSON-LD event text. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String body;
    @Column(name = "previous_hash")
    public String previousHash;
    public String hash;
}
