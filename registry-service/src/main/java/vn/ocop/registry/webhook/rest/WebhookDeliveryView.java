package vn.ocop.registry.webhook.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.webhook.service.DeliveryLogEntry;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One webhook delivery as the delivery log shows it. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryView(@Schema(description = "The webhook-id header, the same on every attempt") UUID id,
                                  @Schema(examples = "product.certified") String type, UUID productId,
                                  @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED"}) String state,
                                  int attempts,
                                  @Schema(description = "HTTP status of the last attempt; null when none answered")
                                  Integer lastStatus,
                                  @Schema(description = "Why the last attempt failed") String lastError,
                                  OffsetDateTime createdAt, OffsetDateTime deliveredAt,
                                  @Schema(description = "PENDING: when the next attempt is due") OffsetDateTime nextAttemptAt) {

    public static WebhookDeliveryView of(DeliveryLogEntry d) {
        return new WebhookDeliveryView(d.id(), d.type(), d.productId(), d.state(), d.attempts(), d.lastStatus(),
                d.lastError(), d.createdAt(), d.deliveredAt(), d.nextAttemptAt());
    }
}
