package vn.ocop.registry.partner.service;

import vn.ocop.registry.partner.Partner;
import vn.ocop.registry.partner.PartnerKey;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A partner with the state of its keys (their prefixes, never the keys themselves). */
public record PartnerDetails(UUID id, String name, String contactEmail, List<String> provinces, String webhookUrl,
                             Integer requestsPerMinute, List<Key> keys, OffsetDateTime createdAt) {

    /** One of the partner's API keys: its public prefix, lifetime and whether it works at the time read. */
    public record Key(UUID id, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                      OffsetDateTime revokedAt, boolean active) {
    }

    static PartnerDetails of(Partner p, List<PartnerKey> keys, OffsetDateTime now) {
        return new PartnerDetails(p.id, p.name, p.contactEmail, p.provinces == null ? List.of()
                : List.of(p.provinces), p.webhookUrl, p.requestsPerMinute, keys.stream().map(k -> new Key(k.id,
                k.prefix, k.createdAt, k.expiresAt, k.revokedAt, k.activeAt(now))).toList(), p.createdAt);
    }
}
