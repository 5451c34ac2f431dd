package vn.ocop.traceability.lot.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A party grant in force: on one lot ({@code lotId} set) or on every lot of the product ({@code lotId} null). */
public record GrantView(UUID id, UUID productId, UUID lotId, String organisationId, String organisationName,
                        String chainRole, OffsetDateTime grantedAt) {
}
