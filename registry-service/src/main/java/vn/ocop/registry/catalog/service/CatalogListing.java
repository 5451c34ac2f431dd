package vn.ocop.registry.catalog.service;

import java.util.List;

/**
 * A page of the certified catalog: {@code nextCursor} (null on the last page) continues it, and {@code syncToken} is
 * the change feed's position when the listing started.
 */
public record CatalogListing(List<CatalogItem> items, String nextCursor, long syncToken) {
}
