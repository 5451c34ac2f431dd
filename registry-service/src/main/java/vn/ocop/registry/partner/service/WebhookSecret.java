package vn.ocop.registry.partner.service;

import java.util.UUID;

/** A partner's new webhook signing secret: the only time it is available in full. */
public record WebhookSecret(UUID partnerId, String webhookSecret) {
}
