package vn.ocop.platform.storage;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** The S3 side of the contract, against Adobe S3Mock (a real S3 API server) started in this JVM on a free port. */
class S3BlobStoreTest extends BlobStoreContract {

    @RegisterExtension
    static final S3MockExtension S3 = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static BlobStore store;

    @Override
    protected BlobStore store() {
        if (store == null) {
            store = BlobStores.create(new BlobStores.Settings(BlobStores.Kind.S3, Path.of("unused"),
                    Optional.of(URI.create("http://127.0.0.1:" + S3.getHttpPort())), "us-east-1", "ocop-media",
                    Optional.of("registry"), Optional.of("test"), Optional.of("test"), true));
        }
        return store;
    }
}
