package vn.ocop.platform.media;

import io.smallrye.config.WithDefault;
import vn.ocop.platform.storage.BlobStores;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The media settings both services read under {@code ocop.media} (each service's {@code @ConfigMapping} extends
 * this): where objects are stored, the upload limits and how long an image no longer used is kept.
 */
public interface MediaSettings {

    /** Public base URL of this service, the prefix of absolute media URLs (env OCOP_MEDIA_PUBLIC_BASE_URL). */
    Optional<String> publicBaseUrl();

    Storage storage();

    /** Largest image body accepted, in bytes (15 MiB). */
    @WithDefault("15728640")
    long maxImageBytes();

    /** Most pixels an image may declare in its header (40 megapixels); checked before decoding. */
    @WithDefault("40000000")
    long maxPixels();

    /** Longest side an image may declare, in pixels. */
    @WithDefault("12000")
    int maxSide();

    /** Images decoded at the same time (each may take up to 4 bytes × max-pixels of heap). */
    @WithDefault("2")
    int parallelism();

    /** Images per product, producer or growing area. */
    @WithDefault("12")
    int maxImagesPerOwner();

    /** How long an image no longer used stays served (partners may have cached its URL). */
    @WithDefault("P7D")
    Duration unusedGrace();

    /** The pipeline {@code settings} describe. */
    static ImagePipeline pipeline(MediaSettings settings) {
        return new ImagePipeline(new ImagePipeline.Limits(settings.maxImageBytes(), settings.maxPixels(),
                settings.maxSide()), settings.parallelism());
    }

    /** The store {@code settings} describe. */
    static vn.ocop.platform.storage.BlobStore store(MediaSettings settings) {
        Storage s = settings.storage();
        return BlobStores.create(new BlobStores.Settings(s.kind(), s.root(), s.endpoint(), s.region(), s.bucket(),
                s.prefix(), s.accessKey(), s.secretKey(), s.createBucket()));
    }

    /** The object store. */
    interface Storage {
        /** FILESYSTEM (default) or S3. */
        @WithDefault("FILESYSTEM")
        BlobStores.Kind kind();

        /** Folder of the FILESYSTEM store. */
        @WithDefault("${java.io.tmpdir}/ocop-media")
        Path root();

        /** S3 endpoint (MinIO etc.); empty for AWS. */
        Optional<URI> endpoint();

        @WithDefault("us-east-1")
        String region();

        @WithDefault("ocop-media")
        String bucket();

        /** Key prefix inside the bucket, so services can share one bucket. */
        Optional<String> prefix();

        /** Static credentials (env); empty: the SDK's default chain. */
        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Create the bucket at start when it is missing. */
        @WithDefault("true")
        boolean createBucket();
    }
}
