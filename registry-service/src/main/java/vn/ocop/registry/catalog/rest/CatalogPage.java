package vn.ocop.registry.catalog.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.catalog.service.CatalogListing;

import java.util.List;

/** A page of the certified catalog. */
@Schema(name = "CatalogPage")
public record CatalogPage(List<CatalogProduct> items,
                          @Schema(description = "Pass as cursor for the next page; null on the last page")
                          String nextCursor,
                          @Schema(description = "Pass as since to GET /catalog/changes to receive every change made "
                                  + "after this listing started") long syncToken) {

    public static CatalogPage of(CatalogListing l) {
        return new CatalogPage(l.items().stream().map(CatalogProduct::of).toList(), l.nextCursor(), l.syncToken());
    }
}
