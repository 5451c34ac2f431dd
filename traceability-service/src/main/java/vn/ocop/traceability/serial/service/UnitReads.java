package vn.ocop.traceability.serial.service;

import io.quarkus.logging.Log;
import vn.ocop.platform.problem.DomainException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiFunction;

/**
 * Reads the stored state of units asked for by first scans in batches: a few reader threads each take every read
 * waiting, group them by product and answer them with one query per product. Under load, concurrent first scans share
 * a round trip (and one index walk) instead of taking one each; when idle, a read waits for nobody. A caller holds a
 * future and no thread, so a scan waiting for its unit blocks neither an I/O nor a worker thread.
 *
 * @param <U> what a read yields for one serial
 */
final class UnitReads<U> {

    private record Read<U>(ScanLedger.Key key, CompletableFuture<Optional<U>> result) {
    }

    private final BlockingQueue<Read<U>> waiting;
    private final BiFunction<UUID, List<String>, Map<String, U>> readSerials;
    private final int batch;
    private final int capacity;
    private final List<Thread> readers = new ArrayList<>();

    /**
     * @param readSerials reads the issued units among serials of one product, by serial (one query)
     * @param readers     reader threads, each with at most one query in flight
     * @param batch       most serials in one query
     * @param capacity    most reads waiting; beyond it a read fails at once (503, {@code scans-waiting})
     */
    UnitReads(BiFunction<UUID, List<String>, Map<String, U>> readSerials, int readers, int batch, int capacity) {
        this.readSerials = readSerials;
        this.batch = batch;
        this.capacity = capacity;
        this.waiting = new LinkedBlockingQueue<>(capacity);
        for (int i = 0; i < readers; i++) {
            Thread reader = new Thread(this::readWhileRunning, "serial-unit-reader-" + i);
            reader.setDaemon(true);
            this.readers.add(reader);
        }
    }

    void start() {
        readers.forEach(Thread::start);
    }

    void stop() {
        readers.forEach(Thread::interrupt);
    }

    /** The unit's stored state, or empty when the serial was never issued; completed by a reader thread. */
    CompletableFuture<Optional<U>> read(ScanLedger.Key key) {
        CompletableFuture<Optional<U>> result = new CompletableFuture<>();
        if (!waiting.offer(new Read<>(key, result))) {
            // the database is falling behind: answer 503 at once rather than queue without bound
            result.completeExceptionally(DomainException.unavailable("scans-waiting", "More than " + capacity
                    + " first scans are waiting for the database; try again in a moment", Duration.ofSeconds(1)));
        }
        return result;
    }

    private void readWhileRunning() {
        List<Read<U>> reads = new ArrayList<>(batch);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                reads.add(waiting.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            waiting.drainTo(reads, batch - 1);
            answer(reads);
            reads.clear();
        }
        // a read left when the service stops fails rather than hang
        List<Read<U>> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(read -> read.result().completeExceptionally(new IllegalStateException("the service is stopping")));
    }

    private void answer(List<Read<U>> reads) {
        Map<UUID, List<Read<U>>> byProduct = new HashMap<>();
        for (Read<U> read : reads) {
            byProduct.computeIfAbsent(read.key().productId(), p -> new ArrayList<>()).add(read);
        }
        byProduct.forEach((product, productReads) -> {
            try {
                Map<String, U> units = readSerials.apply(product,
                        productReads.stream().map(read -> read.key().serial()).distinct().toList());
                productReads.forEach(read -> read.result().complete(Optional.ofNullable(units.get(read.key().serial()))));
            } catch (RuntimeException e) {
                Log.debugf("Serials of product %s not read: %s", product, e.getMessage());
                productReads.forEach(read -> read.result().completeExceptionally(e));
            }
        });
    }
}
