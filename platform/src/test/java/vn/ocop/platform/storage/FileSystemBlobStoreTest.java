package vn.ocop.platform.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FileSystemBlobStoreTest extends BlobStoreContract {

    @TempDir
    static Path root;

    private static BlobStore store;

    @Override
    protected BlobStore store() {
        if (store == null) {
            store = new FileSystemBlobStore(root);
        }
        return store;
    }

    @Test
    void shouldLeaveNoTemporaryFilesBehind() throws IOException {
        store().put("media/abc/160.jpg", new byte[] {9}, "image/jpeg");
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
