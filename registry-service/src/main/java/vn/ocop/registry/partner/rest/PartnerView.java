package vn.ocop.registry.partner.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.partner.service.PartnerDetails;

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

    public static PartnerView of(PartnerDetails p) {
        return new PartnerView(p.id(), p.name(), p.contactEmail(), p.provinces(), p.webhookUrl(),
                p.requestsPerMinute(), p.keys().stream().map(k -> new Key(k.id(), k.prefix(), k.createdAt(),
                k.expiresAt(), k.revokedAt(), k.active())).toList(), p.createdAt());
    }
}
