package vn.ocop.contract;

import java.util.List;

/**
 * An image of a product as events carry it: its identity (SHA-256 of the uploaded bytes), pixel size, alt text in
 * Vietnamese and English, and its served variants with absolute, immutable URLs.
 */
public record ImageData(String sha256, int width, int height, String altVi, String altEn, List<Variant> variants) {

    /** One served size of the image. */
    public record Variant(String name, int width, int height, String mediaType, String url) {
    }
}
