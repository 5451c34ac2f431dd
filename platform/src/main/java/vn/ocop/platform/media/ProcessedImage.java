package vn.ocop.platform.media;

import java.util.List;

/**
 * An upload after the pipeline: the SHA-256 of the bytes received (the image's identity in URLs), the source format
 * and pixel size, and the re-encoded variants (no metadata carried over).
 */
public record ProcessedImage(String sha256, ImageFormat source, int width, int height, List<Variant> variants) {

    /** One re-encoded size, stored under {@link MediaKeys#variant(String, String, String)}. */
    public record Variant(String name, int width, int height, String mediaType, String extension, byte[] bytes) {
    }
}
