package vn.ocop.platform.media;

import java.util.regex.Pattern;

/** Where media live in a {@link vn.ocop.platform.storage.BlobStore} and how their public paths look. */
public final class MediaKeys {

    /** A lower-case hex SHA-256. */
    public static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private MediaKeys() {
    }

    /** The storage key of one variant of an image. */
    public static String variant(String sha256, String variant, String extension) {
        return "media/" + sha256 + "/" + variant + "." + extension;
    }

    /** The storage keys of every variant of an image of {@code width}×{@code height} (what a removal deletes). */
    public static java.util.List<String> variants(String sha256, int width, int height) {
        return ImagePipeline.sizes(width, height).stream().map(v -> variant(sha256, v.name(), "jpg")).toList();
    }

    /** The public path of one variant, below the service's base URL. */
    public static String path(String sha256, String variant, String extension) {
        return "/media/" + sha256 + "/" + variant + "." + extension;
    }

    /** The absolute URL of one variant below {@code baseUrl} (trailing slashes ignored). */
    public static String url(String baseUrl, String sha256, String variant, String extension) {
        return baseUrl.replaceAll("/+$", "") + path(sha256, variant, extension);
    }

    /** The storage key of a document, content-addressed. */
    public static String document(String sha256) {
        return "documents/" + sha256;
    }
}
