package vn.ocop.registry.partner.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.partner.Partner;
import vn.ocop.registry.partner.PartnerKey;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A partner with its keys (never the keys themselves, only their prefixes and state). */
@Schema(name = "Partner")
public record PartnerView(UUID id, String name, String contactEmail, List<String> provinces, String webhookUrl,
                          Integer requestsPerMinute, List<Key> keys, OffsetDateTime createdAt) {

    @Schema(name = "PartnerKey")
    public record Key(UUID id, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                      OffsetDateTime revokedAt, boolean active) {
    }

    public static PartnerView of(Partner p, List<PartnerKey> keys, OffsetDateTime now) {
        return new PartnerView(p.id, p.name, p.contactEmail, p.provinces == null ? List.of() : List.of(p.provinces),
                p.webhookUrl, p.requestsPerMinute, keys.stream().map(k -> new Key(k.id, k.prefix, k.createdAt, k.expiresAt, k.revokedAt,
                k.activeAt(now))).toList(), p.createdAt);
    }
}
