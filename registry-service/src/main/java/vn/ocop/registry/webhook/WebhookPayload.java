package vn.ocop.registry.webhook;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The JSON body POSTed to a partner's webhook URL (Standard Webhooks: {@code type}, {@code timestamp}, {@code data}),
 * written once per event and signed as stored: its components and their order are the partners' wire format.
 */
public record WebhookPayload(String type, OffsetDateTime timestamp, Data data) {

    /** The certificate as it stands after the event. */
    public record Data(UUID productId, UUID certificateId, String number, int stars, Integer previousStars,
                       String status, LocalDate validUntil, OffsetDateTime revokedAt, String reason) {
    }
}
