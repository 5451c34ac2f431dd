package vn.ocop.traceability.epcis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One EPCIS capture (GS1 REST binding capture job): who sent how many events, and how it ended. */
@Entity
@Table(name = "capture_job")
public class CaptureJob {

    public static final String RUNNING = "RUNNING";
    public static final String SUCCESS = "SUCCESS";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;
    public String status;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "event_count")
    public int eventCount;
    /** JSON array of {field, message}, when failed. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String errors;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
