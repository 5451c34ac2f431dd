package vn.ocop.platform.storage;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.util.Optional;

/**
 * Objects in one bucket of an S3-compatible store (MinIO, AWS S3, …) through the AWS SDK v2 client. A put is
 * skipped when the key exists already; a PUT of an object is atomic in S3, so concurrent writers of the same content
 * leave one complete object.
 */
public final class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3BlobStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null || prefix.isBlank() ? "" : BlobStore.checkKey(prefix) + "/";
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        if (head(key).isPresent()) {
            return;
        }
        s3.putObject(b -> b.bucket(bucket).key(object(key)).contentType(contentType)
                .contentLength((long) content.length), RequestBody.fromBytes(content));
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(object(key))).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Long> size(String key) {
        return head(key).map(HeadObjectResponse::contentLength);
    }

    @Override
    public boolean delete(String key) {
        if (head(key).isEmpty()) {
            return false;
        }
        s3.deleteObject(b -> b.bucket(bucket).key(object(key)));
        return true;
    }

    private Optional<HeadObjectResponse> head(String key) {
        try {
            return Optional.of(s3.headObject(b -> b.bucket(bucket).key(object(key))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private String object(String key) {
        return prefix + BlobStore.checkKey(key);
    }
}
