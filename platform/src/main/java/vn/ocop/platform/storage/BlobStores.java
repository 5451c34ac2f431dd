package vn.ocop.platform.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Builds the {@link BlobStore} a service's configuration asks for. */
public final class BlobStores {

    /** The kinds of store. */
    public enum Kind { FILESYSTEM, S3 }

    /**
     * What a store needs: the folder for {@code FILESYSTEM}; endpoint (empty: AWS), region, bucket, optional key
     * prefix and credentials (empty: the SDK's default chain) for {@code S3}.
     */
    public record Settings(Kind kind, Path root, Optional<URI> endpoint, String region, String bucket,
                           Optional<String> prefix, Optional<String> accessKey, Optional<String> secretKey,
                           boolean createBucket) {
    }

    private BlobStores() {
    }

    public static BlobStore create(Settings settings) {
        if (settings.kind() == Kind.FILESYSTEM) {
            return new FileSystemBlobStore(settings.root());
        }
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.endpoint().isPresent())
                .credentialsProvider(settings.accessKey().isPresent()
                        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey().get(),
                        settings.secretKey().orElse("")))
                        : DefaultCredentialsProvider.builder().build());
        settings.endpoint().ifPresent(builder::endpointOverride);
        S3Client client = builder.build();
        if (settings.createBucket()) {
            try {
                client.headBucket(b -> b.bucket(settings.bucket()));
            } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
                if (e.statusCode() != 404) {
                    throw e;
                }
                try {
                    client.createBucket(b -> b.bucket(settings.bucket()));
                } catch (BucketAlreadyOwnedByYouException ignored) {
                    // created meanwhile by another instance
                }
            }
        }
        return new S3BlobStore(client, settings.bucket(), settings.prefix().orElse(null));
    }
}
