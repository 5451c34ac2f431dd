package vn.ocop.traceability.serial.service;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnel;
import io.quarkus.logging.Log;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * Which units were ever scanned, by any instance: a Bloom filter over (product, serial), so "never scanned" is certain
 * and "maybe" means the unit's state has to be read. It is filled from the units' counters at start, then from every
 * scan made here and from the scan log that all instances append to. Each poll reads the log from a little behind the
 * newest row it saw ({@link #LATE_MARGIN} ids), so that a batch that drew its ids before another one and committed
 * after it is still seen. A batch later than that (a writer stalled for longer than the margin's ids take to be drawn)
 * is missed: its units count as never scanned here until their state is read again ({@code scan-state-refresh}). Its size is fixed ({@code ocop.serials.scanned-units}, about
 * 1.2 bytes per unit at 1 % false "maybe"); past that it answers "maybe" more often, which costs reads, never a wrong
 * verdict.
 */
final class ScannedUnits {

    /** Where the scanned units are read: the database. */
    interface Source {

        /** The newest scan log id, 0 for an empty log. */
        long newestScan();

        /** Every unit whose counters show a scan. */
        void scannedUnits(BiConsumer<UUID, String> unit);

        /** Units of issued serials in the log after {@code id}; returns the newest id read, or {@code id}. */
        long scansAfter(long id, BiConsumer<UUID, String> unit);
    }

    /**
     * Log rows read again at start behind the newest one: scans logged by other instances whose counters were not yet
     * added when the counters were read (counters trail the log by {@code scan-counter-interval}).
     */
    static final long START_LOOKBACK = 200_000;

    private static final Funnel<ScanLedger.Key> KEY = (key, into) -> into
            .putLong(key.productId().getMostSignificantBits()).putLong(key.productId().getLeastSignificantBits())
            .putString(key.serial(), StandardCharsets.US_ASCII);

    /**
     * Log ids read again behind the newest one seen: scan batches still being written when the last poll ran. A writer
     * writes every 100 ms, so at 10,000 scans a second across all instances a batch is about 1,000 rows.
     */
    static final long LATE_MARGIN = 2_000;

    private final BloomFilter<ScanLedger.Key> filter;
    private final long capacity;
    private final Source source;
    private final AtomicBoolean full = new AtomicBoolean();
    private volatile boolean ready;
    /** Polls only: the newest id read so far. */
    private long newest;

    ScannedUnits(long capacity, Source source) {
        this.capacity = capacity;
        this.source = source;
        this.filter = BloomFilter.create(KEY, capacity, 0.01);
    }

    /** Whether no instance ever scanned the unit: false while the filter is still being filled. */
    boolean neverScanned(ScanLedger.Key key) {
        return ready && !filter.mightContain(key);
    }

    /** Notes a scan of the unit. */
    void add(ScanLedger.Key key) {
        filter.put(key);
    }

    /**
     * Fills the filter on the first call (the counters, then the log behind them), afterwards takes in the scans
     * logged since the last call, and those of the last {@link #LATE_MARGIN} ids before; one thread at a time. A failure leaves the filter as it was, to try again on the next poll.
     */
    synchronized void poll() {
        if (!ready) {
            long before = source.newestScan();
            source.scannedUnits(this::add);
            newest = source.scansAfter(Math.max(0, before - START_LOOKBACK), this::add);
            ready = true;
            return;
        }
        newest = Math.max(newest, source.scansAfter(Math.max(0, newest - LATE_MARGIN), this::add));
        if (filter.approximateElementCount() > capacity && full.compareAndSet(false, true)) {
            Log.warnf("More than %d units were scanned: raise ocop.serials.scanned-units, or more first scans will "
                    + "read their unit's state", capacity);
        }
    }

    private void add(UUID productId, String serial) {
        add(new ScanLedger.Key(productId, serial));
    }
}
