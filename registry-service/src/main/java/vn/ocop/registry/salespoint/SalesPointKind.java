package vn.ocop.registry.salespoint;

/** A standing promotion and sales point, or a trade fair (with dates). */
public enum SalesPointKind {
    POINT, FAIR
}
