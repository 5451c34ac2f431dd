package vn.ocop.platform.storage;

import java.util.Optional;

/**
 * The storage port of both services: write-once objects under keys the caller derives from the content (a SHA-256),
 * so the same bytes are stored once and an object never changes once written. Implementations:
 * {@link FileSystemBlobStore} (embedded default) and {@link S3BlobStore} (S3-compatible object storage).
 */
public interface BlobStore {

    /**
     * Stores {@code content} under {@code key} unless an object is already there (same key, same content: nothing to
     * do). Safe to call concurrently with the same key and content.
     */
    void put(String key, byte[] content, String contentType);

    /** The object's bytes, or empty when there is none. */
    Optional<byte[]> get(String key);

    /** The object's size without reading it, or empty when there is none. */
    Optional<Long> size(String key);

    /** Removes the object; true when there was one. */
    boolean delete(String key);

    /** Checks that a key is a relative path of safe segments ({@code [A-Za-z0-9._-]}, no {@code ..}). */
    static String checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 512 || key.startsWith("/") || key.endsWith("/")) {
            throw new IllegalArgumentException("bad blob key: " + key);
        }
        for (String segment : key.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")
                    || !segment.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-'
                    || c == '_'))) {
                throw new IllegalArgumentException("bad blob key: " + key);
            }
        }
        return key;
    }
}
