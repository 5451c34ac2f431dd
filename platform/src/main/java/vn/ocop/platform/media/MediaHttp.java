package vn.ocop.platform.media;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import vn.ocop.platform.storage.BlobStore;

import java.util.Optional;

/**
 * Serves stored variants at {@code /media/{sha256}/{variant}.{ext}}: immutable URLs, so {@code Cache-Control: public,
 * max-age=31536000, immutable}, a strong ETag naming the image and variant, 304 on a matching {@code If-None-Match},
 * HEAD without a body, the exact Content-Type and {@code X-Content-Type-Options: nosniff}. Empty when there is no
 * such variant (the service answers its own 404 problem).
 */
public final class MediaHttp {

    public static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private MediaHttp() {
    }

    /** The response for a GET ({@code head} false) or HEAD of {@code /media/{sha256}/{file}}, or empty. */
    public static Optional<Response> serve(BlobStore store, String sha256, String file, String ifNoneMatch, boolean head) {
        Optional<String[]> parsed = parse(sha256, file);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        String variant = parsed.get()[0];
        String extension = parsed.get()[1];
        String key = MediaKeys.variant(sha256, variant, extension);
        EntityTag tag = new EntityTag(sha256 + "-" + variant);
        String quoted = "\"" + tag.getValue() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*") || java.util.Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim).map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(quoted::equals))) {
            return store.size(key).map(size -> headers(Response.notModified(tag)).build());
        }
        String type = "jpg".equals(extension) ? "image/jpeg" : "image/webp";
        if (head) {
            return store.size(key).map(size -> headers(Response.ok().type(type).tag(tag))
                    .header("Content-Length", size).build());
        }
        return store.get(key).map(bytes -> headers(Response.ok(bytes, type).tag(tag)).build());
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder builder) {
        return builder.header("Cache-Control", CACHE_CONTROL).header("X-Content-Type-Options", "nosniff");
    }

    private static Optional<String[]> parse(String sha256, String file) {
        if (sha256 == null || file == null || !MediaKeys.SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        int dot = file.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String variant = file.substring(0, dot);
        String extension = file.substring(dot + 1);
        boolean known = ImagePipeline.VARIANTS.stream().anyMatch(v -> v.name().equals(variant));
        return known && (extension.equals("jpg") || extension.equals("webp"))
                ? Optional.of(new String[] {variant, extension}) : Optional.empty();
    }
}
