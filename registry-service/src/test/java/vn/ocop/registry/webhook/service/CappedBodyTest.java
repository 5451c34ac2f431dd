package vn.ocop.registry.webhook.service;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner's response body is read up to the cap and no further: the rest is never requested. */
class CappedBodyTest {

    @Test
    void shouldStopReadingAtTheCapAndCancelTheRest() throws Exception {
        CappedBody body = new CappedBody(4096);
        int[] requested = {0};
        boolean[] cancelled = {false};
        body.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                requested[0] += (int) n;
            }

            @Override
            public void cancel() {
                cancelled[0] = true;
            }
        });
        body.onNext(List.of(ByteBuffer.allocate(3000)));
        assertThat(body.getBody().toCompletableFuture().isDone()).isFalse();
        body.onNext(List.of(ByteBuffer.allocate(10_000), ByteBuffer.allocate(10_000)));
        assertThat(body.getBody().toCompletableFuture().get()).hasSize(4096);
        assertThat(cancelled[0]).isTrue();
        assertThat(requested[0]).isEqualTo(2);
    }

    @Test
    void shouldKeepAShortBodyWhole() throws Exception {
        CappedBody body = new CappedBody(4096);
        body.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        body.onNext(List.of(ByteBuffer.wrap("{\"error\":\"busy\"}".getBytes())));
        body.onComplete();
        assertThat(new String(body.getBody().toCompletableFuture().get())).isEqualTo("{\"error\":\"busy\"}");
    }
}
