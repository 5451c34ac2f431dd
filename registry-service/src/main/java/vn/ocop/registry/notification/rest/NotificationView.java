package vn.ocop.registry.notification.rest;

import vn.ocop.registry.notification.Notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One message of the notification log: to whom, about what, and whether it has been sent. */
public record NotificationView(UUID id, String kind, String eventKey, String recipient, String language,
                               String subject, String status, int attempts, String lastError,
                               OffsetDateTime nextAttemptAt, OffsetDateTime createdAt, OffsetDateTime sentAt,
                               UUID producerId, UUID partnerId) {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind.name(), n.eventKey, n.recipient, n.language, n.subject,
                n.status.name(), n.attempts, n.lastError, n.nextAttemptAt, n.createdAt, n.sentAt, n.producerId,
                n.partnerId);
    }
}
