package vn.ocop.registry.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event for one partner's webhook: the exact body that is signed and sent, and how its delivery went. Its id is
 * the {@code webhook-id} header, the same on every retry so the partner can drop duplicates.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    /** Waiting to be (re)sent, answered 2xx, or given up after {@code ocop.webhooks.give-up-after}. */
    public enum State { PENDING, DELIVERED, FAILED }

    @Id
    public UUID id;

    @Column(name = "partner_id")
    public UUID partnerId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "product_id")
    public UUID productId;

    public String payload;

    @Enumerated(EnumType.STRING)
    public State state;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
}
