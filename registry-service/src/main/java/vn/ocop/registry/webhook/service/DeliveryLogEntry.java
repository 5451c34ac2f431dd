package vn.ocop.registry.webhook.service;

import vn.ocop.registry.webhook.WebhookDelivery;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One webhook delivery as the delivery log shows it: the event, its state (PENDING, DELIVERED, FAILED), the attempts
 * and how the last one went, and while pending when the next is due.
 */
public record DeliveryLogEntry(UUID id, String type, UUID productId, String state, int attempts, Integer lastStatus,
                               String lastError, OffsetDateTime createdAt, OffsetDateTime deliveredAt,
                               OffsetDateTime nextAttemptAt) {

    static DeliveryLogEntry of(WebhookDelivery d) {
        return new DeliveryLogEntry(d.id, d.eventType, d.productId, d.state.name(), d.attempts, d.lastStatus,
                d.lastError, d.createdAt, d.deliveredAt, d.nextAttemptAt);
    }
}
