package vn.ocop.registry.partner.service;

import java.util.List;

/**
 * A new partner account: who it is, which provinces it may read (null or empty: all), where its webhooks go (null:
 * none) and its rate limit per key (null: the default).
 */
public record CreatePartner(String name, String contactEmail, List<String> provinces, String webhookUrl,
                            Integer requestsPerMinute) {
}
