package vn.ocop.registry.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One e-mail to one address about one event, rendered when written, sent (and retried) by the worker. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    /** PENDING until the SMTP relay accepts it; SKIPPED when the address turned the kind off. */
    public enum Status { PENDING, SENT, SKIPPED }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public NotificationKind kind;
    @Column(name = "event_key")
    public String eventKey;
    public String recipient;
    public String language;
    public String subject;
    @Column(name = "body_text")
    public String bodyText;
    @Column(name = "body_html")
    public String bodyHtml;
    @Column(name = "producer_id")
    public UUID producerId;
    @Column(name = "province_code")
    public String provinceCode;
    @Column(name = "commune_code")
    public String communeCode;
    @Column(name = "partner_id")
    public UUID partnerId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
