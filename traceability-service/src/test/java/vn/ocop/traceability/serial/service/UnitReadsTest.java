package vn.ocop.traceability.serial.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.problem.DomainException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The batched reads of first scans, without a database: who waits for what, and what one query carries. */
class UnitReadsTest {

    private static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID OTHER_PRODUCT = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private UnitReads<String> reads;

    @AfterEach
    void stop() {
        if (reads != null) {
            reads.stop();
        }
    }

    @Test
    void shouldAnswerReadsWaitingMeanwhileInOneQueryPerProduct() throws Exception {
        CountDownLatch firstQueryStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<String>> queries = Collections.synchronizedList(new ArrayList<>());
        reads = new UnitReads<>((product, serials) -> {
            queries.add(serials);
            firstQueryStarted.countDown();
            await(release);
            // every even serial was issued
            return serials.stream().filter(s -> Integer.parseInt(s.substring(1)) % 2 == 0)
                    .collect(Collectors.toMap(s -> s, s -> product + "/" + s));
        }, 1, 100, 1000);
        reads.start();

        CompletableFuture<Optional<String>> first = reads.read(new ScanLedger.Key(PRODUCT, "S0"));
        assertThat(firstQueryStarted.await(5, TimeUnit.SECONDS)).isTrue();
        // while the one reader waits for its query, 50 more first scans arrive (one of them twice)
        List<CompletableFuture<Optional<String>>> later = IntStream.rangeClosed(1, 50)
                .mapToObj(i -> reads.read(new ScanLedger.Key(PRODUCT, "S" + i))).toList();
        CompletableFuture<Optional<String>> again = reads.read(new ScanLedger.Key(PRODUCT, "S2"));
        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).contains(PRODUCT + "/S0");
        assertThat(later.get(1).get(5, TimeUnit.SECONDS)).contains(PRODUCT + "/S2");
        assertThat(later.get(0).get(5, TimeUnit.SECONDS)).as("S1 was never issued").isEmpty();
        assertThat(again.get(5, TimeUnit.SECONDS)).contains(PRODUCT + "/S2");
        assertThat(queries).hasSize(2);
        assertThat(queries.get(1)).hasSize(50).doesNotHaveDuplicates();
    }

    @Test
    void shouldNeverPutMoreThanTheBatchInOneQuery() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        reads = new UnitReads<>((product, serials) -> {
            await(release);
            sizes.add(serials.size());
            return Map.of();
        }, 1, 10, 1000);
        reads.start();
        List<CompletableFuture<Optional<String>>> all = IntStream.range(0, 35)
                .mapToObj(i -> reads.read(new ScanLedger.Key(PRODUCT, "S" + i))).toList();
        release.countDown();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        assertThat(sizes).allMatch(size -> size <= 10);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(35);
    }

    @Test
    void shouldFailOnlyTheReadsOfTheProductWhoseQueryFailed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BiFunction<UUID, List<String>, Map<String, String>> query = (product, serials) -> {
            await(release);
            if (product.equals(OTHER_PRODUCT)) {
                throw new IllegalStateException("cannot read the scan state of serials");
            }
            return serials.stream().collect(Collectors.toMap(s -> s, s -> s));
        };
        reads = new UnitReads<>(query, 1, 100, 1000);
        reads.start();
        CompletableFuture<Optional<String>> blocker = reads.read(new ScanLedger.Key(PRODUCT, "A"));
        CompletableFuture<Optional<String>> failing = reads.read(new ScanLedger.Key(OTHER_PRODUCT, "B"));
        CompletableFuture<Optional<String>> fine = reads.read(new ScanLedger.Key(PRODUCT, "C"));
        release.countDown();

        assertThat(blocker.get(5, TimeUnit.SECONDS)).contains("A");
        assertThat(fine.get(5, TimeUnit.SECONDS)).contains("C");
        assertThatThrownBy(() -> failing.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRefuseAReadAtOnceWhenTooManyAreWaiting() {
        // not started: nothing is taken off the queue
        reads = new UnitReads<>((product, serials) -> Map.of(), 1, 10, 2);
        reads.read(new ScanLedger.Key(PRODUCT, "A"));
        reads.read(new ScanLedger.Key(PRODUCT, "B"));
        CompletableFuture<Optional<String>> third = reads.read(new ScanLedger.Key(PRODUCT, "C"));
        assertThat(third).isCompletedExceptionally();
        assertThatThrownBy(third::join).hasCauseInstanceOf(DomainException.class).cause()
                .satisfies(e -> {
                    assertThat(((DomainException) e).status()).isEqualTo(503);
                    assertThat(((DomainException) e).headers()).containsEntry("Retry-After", "1");
                });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
