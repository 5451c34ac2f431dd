package vn.ocop.registry.catalog.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Changes of the catalog after a sync token, oldest first, with the token to continue from and whether more wait. */
public record CatalogFeed(List<Entry> items, long nextSince, boolean more) {

    /**
     * One change: UPSERT with the product as it is now, or REMOVED (a tombstone) with the reason REVOKED, EXPIRED or
     * DOWNGRADED.
     */
    public record Entry(long seq, String kind, UUID productId, String reason, CatalogItem product, OffsetDateTime at) {
    }
}
