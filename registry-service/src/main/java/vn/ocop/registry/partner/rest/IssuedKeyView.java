package vn.ocop.registry.partner.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.partner.service.IssuedKey;

/** A newly issued API key (and, when the partner is created, its webhook secret): shown in full this once. */
@Schema(name = "IssuedKey")
public record IssuedKeyView(@Schema(description = "Send as the X-API-Key header; not retrievable later",
        examples = "ocop_3f9a1c2b_Qm9...") String apiKey, PartnerView partner,
                            @JsonInclude(JsonInclude.Include.NON_NULL)
                            @Schema(description = "Only when the partner is created: the secret that signs its "
                                    + "webhooks (Standard Webhooks); not retrievable later, rotate it with POST "
                                    + "/partners/{id}/webhook-secret", examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                            String webhookSecret) {

    public static IssuedKeyView of(IssuedKey k) {
        return new IssuedKeyView(k.apiKey(), PartnerView.of(k.partner()), k.webhookSecret());
    }
}
