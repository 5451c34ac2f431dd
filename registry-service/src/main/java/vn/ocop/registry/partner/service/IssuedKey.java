package vn.ocop.registry.partner.service;

/**
 * A newly issued API key with its partner, and when the partner was just created its webhook secret (else null):
 * the only time either secret is available in full.
 */
public record IssuedKey(String apiKey, PartnerDetails partner, String webhookSecret) {
}
