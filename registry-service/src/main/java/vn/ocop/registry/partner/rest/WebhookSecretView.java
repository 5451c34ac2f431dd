package vn.ocop.registry.partner.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.partner.service.WebhookSecret;

import java.util.UUID;

/** A partner's new webhook signing secret: shown in full this once. */
@Schema(name = "WebhookSecret")
public record WebhookSecretView(UUID partnerId,
                                @Schema(description = "whsec_ + base64 of 32 random bytes; signs every delivery "
                                        + "sent from now on, retries of earlier events included",
                                        examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String webhookSecret) {

    public static WebhookSecretView of(WebhookSecret s) {
        return new WebhookSecretView(s.partnerId(), s.webhookSecret());
    }
}
