package vn.ocop.registry.catalog.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.catalog.service.CatalogFeed;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Changes of the catalog after a sync token, oldest first; removals are tombstones with their reason. */
@Schema(name = "CatalogChanges")
public record CatalogChanges(List<Change> items,
                             @Schema(description = "Pass as since next time") long nextSince,
                             boolean more) {

    @Schema(name = "CatalogChange")
    public record Change(long seq, @Schema(enumeration = {"UPSERT", "REMOVED"}) String kind, UUID productId,
                         @Schema(description = "REMOVED: REVOKED, EXPIRED or DOWNGRADED (below 3★)") String reason,
                         @Schema(description = "UPSERT: the product as it is now") CatalogProduct product,
                         OffsetDateTime at) {
    }

    public static CatalogChanges of(CatalogFeed f) {
        return new CatalogChanges(f.items().stream().map(e -> new Change(e.seq(), e.kind(), e.productId(),
                e.reason(), e.product() == null ? null : CatalogProduct.of(e.product()), e.at())).toList(),
                f.nextSince(), f.more());
    }
}
