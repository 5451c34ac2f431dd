package vn.ocop.registry.catalog.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the certified catalog. */
@Schema(name = "CatalogPage")
public record CatalogPage(List<CatalogProduct> items,
                          @Schema(description = "Pass as cursor for the next page; null on the last page")
                          String nextCursor,
                          @Schema(description = "Pass as since to GET /catalog/changes to receive every change made "
                                  + "after this listing started") long syncToken) {
}
