package vn.ocop.platform.storage;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link BlobStore} must do; each implementation's test extends this class. */
abstract class BlobStoreContract {

    /** The store under test (a fresh, empty namespace for each test class). */
    protected abstract BlobStore store();

    private static String key(String name) {
        return "media/" + java.util.UUID.randomUUID() + "/" + name;
    }

    @Test
    void shouldGiveBackWhatWasPut() {
        String key = key("480.jpg");
        byte[] content = "some bytes ứ".getBytes(StandardCharsets.UTF_8);
        store().put(key, content, "image/jpeg");
        assertThat(store().get(key)).hasValueSatisfying(b -> assertThat(b).isEqualTo(content));
        assertThat(store().size(key)).contains((long) content.length);
    }

    @Test
    void shouldAnswerEmptyForAMissingObject() {
        String key = key("missing.jpg");
        assertThat(store().get(key)).isEmpty();
        assertThat(store().size(key)).isEmpty();
        assertThat(store().delete(key)).isFalse();
    }

    @Test
    void shouldDeleteAnObject() {
        String key = key("160.jpg");
        store().put(key, new byte[] {1, 2, 3}, "image/jpeg");
        assertThat(store().delete(key)).isTrue();
        assertThat(store().get(key)).isEmpty();
        assertThat(store().delete(key)).isFalse();
    }

    @Test
    void shouldStoreADuplicateOnceAndKeepTheFirstBytes() {
        String key = key("1200.jpg");
        store().put(key, new byte[] {1, 2, 3}, "image/jpeg");
        store().put(key, new byte[] {1, 2, 3}, "image/jpeg");
        assertThat(store().get(key)).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
    }

    @Test
    void shouldSurviveConcurrentPutsOfTheSameContent() throws Exception {
        String key = key("480.jpg");
        byte[] content = new byte[256 * 1024];
        new java.util.Random(7).nextBytes(content);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> puts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                puts.add(() -> {
                    store().put(key, content, "image/jpeg");
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(puts)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(store().get(key)).hasValueSatisfying(b -> assertThat(b).isEqualTo(content));
    }

    @Test
    void shouldRefuseKeysThatEscape() {
        assertThatThrownBy(() -> store().put("../etc/passwd", new byte[] {1}, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().get("/absolute")).isInstanceOf(IllegalArgumentException.class);
    }
}
