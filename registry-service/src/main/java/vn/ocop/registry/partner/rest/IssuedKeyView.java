package vn.ocop.registry.partner.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A newly issued API key: shown in full this once, stored only as a hash. */
@Schema(name = "IssuedKey")
public record IssuedKeyView(@Schema(description = "Send as the X-API-Key header; not retrievable later",
        examples = "ocop_3f9a1c2b_Qm9...") String apiKey, PartnerView partner) {
}
