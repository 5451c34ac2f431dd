package vn.ocop.traceability.serial.service;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.ocop.traceability.serial.SerialVerifier;
import vn.ocop.traceability.serial.config.SerialConfig;
import vn.ocop.traceability.serial.repository.SerialScanRepository;
import vn.ocop.traceability.serial.repository.SerialScanRepository.ScanRow;
import vn.ocop.traceability.serial.repository.SerialScanRepository.UnitScans;
import vn.ocop.traceability.serial.repository.SerialScanRepository.UnitState;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The live scan state of serialized units, kept in memory so that judging a consumer's scan costs no database round
 * trip once the unit is known: the first scan of a unit reads its stored state, later ones update it in memory and
 * queue the log row. A first scan reads nothing when the serial is signed for the scanned lot ({@link SerialSignatures})
 * and no instance ever scanned it ({@link ScannedUnits}); a code whose signature fails is never issued, without a read
 * either. A writer thread appends the queued scans to the log every {@code ocop.serials.scan-write-interval},
 * adds them to the units' stored counters every {@code ocop.serials.scan-counter-interval} (one UPDATE for all units
 * scanned meanwhile) and re-reads units older than {@code ocop.serials.scan-state-refresh}, so scans counted by other
 * instances count here within that time. Writes and re-reads never overlap (one thread, one lock), so a unit's count is
 * always its stored count plus this instance's scans not yet added to it.
 */
@ApplicationScoped
public class ScanLedger {

    /** A unit of a product. */
    record Key(UUID productId, String serial) {
    }

    /** A lot of a product by its code. */
    private record LotKey(UUID productId, String lotCode) {
    }

    /** The scan state of one issued unit; mutated only while holding its monitor. */
    static final class Unit {
        final Key key;
        final UUID lotId;
        final String lotCode;
        long scanCount;
        OffsetDateTime firstScannedAt;
        BigDecimal lastLatitude;
        BigDecimal lastLongitude;
        OffsetDateTime lastLocatedAt;
        /** This instance's scans of the unit not written yet. */
        int unwritten;
        long readAtNanos;
        /** Distinct clients that scanned the unit (stored and this instance's), at most the ledger's bound. */
        long[] clients = new long[0];
        /** Scans of unknown clients (no HTTP request): each counts as one more client. */
        int unknownClients;
        /** Network of the last located scan; 0 when unknown. */
        long lastLocatedNetwork;

        /** Distinct clients so far, plus {@code client} if it is a new one. */
        int clientsWith(SerialVerifier.Client client) {
            int known = clients.length + unknownClients;
            return client.known() && contains(clients, client.fingerprint()) ? known : known + 1;
        }

        Unit(UnitState stored, long now) {
            this.key = new Key(stored.productId(), stored.serial());
            this.lotId = stored.lotId();
            this.lotCode = stored.lotCode();
            merge(stored, now);
        }

        /** An issued unit that no instance has scanned yet. */
        Unit(Key key, UUID lotId, String lotCode, long now) {
            this.key = key;
            this.lotId = lotId;
            this.lotCode = lotCode;
            this.readAtNanos = now;
        }

        void addClient(long client) {
            if (client != 0 && clients.length < maxClients && !contains(clients, client)) {
                long[] more = java.util.Arrays.copyOf(clients, clients.length + 1);
                more[clients.length] = client;
                clients = more;
            }
        }

        /** Takes the stored state in; this instance's unwritten scans come on top of it. */
        void merge(UnitState stored, long now) {
            scanCount = stored.scanCount() + unwritten;
            if (firstScannedAt == null || stored.firstScannedAt() != null
                    && stored.firstScannedAt().isBefore(firstScannedAt)) {
                firstScannedAt = stored.firstScannedAt();
            }
            if (stored.lastLocatedAt() != null && (lastLocatedAt == null
                    || stored.lastLocatedAt().isAfter(lastLocatedAt))) {
                lastLatitude = stored.lastLatitude();
                lastLongitude = stored.lastLongitude();
                lastLocatedAt = stored.lastLocatedAt();
                lastLocatedNetwork = stored.lastLocatedNetwork();
            }
            for (long client : stored.clients()) {
                addClient(client);
            }
            readAtNanos = now;
        }
    }

    /** Bound of a unit's client set: one more than the SCANNED_MANY_TIMES threshold is all a verdict needs. */
    private static volatile int maxClients = 11;

    private static boolean contains(long[] values, long value) {
        for (long v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** A judged scan waiting to be written, with the unit it counts on (null for a serial never issued). */
    private record Pending(ScanRow row, Unit unit) {
    }

    private final SerialScanRepository repository;
    private final SerialConfig config;
    private final SerialSigningKey signing;

    public ScanLedger(SerialScanRepository repository, SerialConfig config, SerialSigningKey signing) {
        this.repository = repository;
        this.config = config;
        this.signing = signing;
    }

    /** Lot ids of the lots whose units were read here: what a unit known without a read needs. */
    private final Cache<LotKey, UUID> lotIds = Caffeine.newBuilder().maximumSize(10_000).build();
    private ScannedUnits scanned;
    private ScheduledExecutorService scannedPoller;

    private AsyncCache<Key, Optional<Unit>> units;
    private UnitReads<UnitState> reads;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final AtomicInteger dropped = new AtomicInteger();
    private final Set<Unit> stale = ConcurrentHashMap.newKeySet();
    private final ReentrantLock writing = new ReentrantLock();
    /** Logged scans not yet added to their units' counters (writer thread only). */
    private final List<Pending> uncounted = new ArrayList<>();
    private long countedAt = System.nanoTime();
    private ScheduledExecutorService writer;

    void start(@Observes StartupEvent started) {
        maxClients = config.manyScansThreshold() + 1;
        long refresh = config.scanStateRefresh().toNanos();
        units = Caffeine.newBuilder().maximumSize(config.scanStateUnits())
                .expireAfter(new Expiry<Key, Optional<Unit>>() {
                    @Override
                    public long expireAfterCreate(Key key, Optional<Unit> unit, long now) {
                        // an unknown serial is asked again after the refresh time; a known unit stays while scanned
                        return unit.isPresent() ? TimeUnit.HOURS.toNanos(1) : refresh;
                    }

                    @Override
                    public long expireAfterUpdate(Key key, Optional<Unit> unit, long now, long current) {
                        return current;
                    }

                    @Override
                    public long expireAfterRead(Key key, Optional<Unit> unit, long now, long current) {
                        return unit.isPresent() ? TimeUnit.HOURS.toNanos(1) : current;
                    }
                }).buildAsync();
        reads = new UnitReads<>((product, serials) -> {
            Map<String, UnitState> stored = new HashMap<>();
            repository.units(product, serials).forEach(unit -> stored.put(unit.serial(), unit));
            return stored;
        }, config.unitReaders(), config.unitReadBatch(), config.maxPendingScans());
        reads.start();
        scanned = new ScannedUnits(config.scannedUnits(), new ScannedUnits.Source() {
            @Override
            public long newestScan() {
                return repository.newestScan();
            }

            @Override
            public void scannedUnits(BiConsumer<UUID, String> unit) {
                repository.scannedUnits(unit);
            }

            @Override
            public long scansAfter(long id, BiConsumer<UUID, String> unit) {
                return repository.scansAfter(id, unit);
            }
        });
        scannedPoller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "serial-scanned-units");
            thread.setDaemon(true);
            return thread;
        });
        scannedPoller.scheduleWithFixedDelay(this::pollScannedQuietly, 0,
                Math.max(1, config.scannedUnitsPoll().toMillis()), TimeUnit.MILLISECONDS);
        writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "serial-scan-writer");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(1, config.scanWriteInterval().toMillis());
        writer.scheduleWithFixedDelay(this::writeQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (reads != null) {
            reads.stop();
        }
        if (scannedPoller != null) {
            scannedPoller.shutdownNow();
        }
        if (writer != null) {
            writer.shutdown();
            try {
                writer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            write(true);
        } catch (RuntimeException e) {
            Log.warnf("Scans judged before shutdown not written: %s", e.getMessage());
        }
    }

    /**
     * The unit {@code serial} of the product, read from the database the first time (in a batch with other first
     * scans); empty when never issued. Blocks while it is read.
     */
    Optional<Unit> unit(UUID productId, String lotCode, String serial) {
        Optional<Unit> unit;
        try {
            unit = load(productId, lotCode, serial).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        unit.filter(u -> System.nanoTime() - u.readAtNanos > config.scanStateRefresh().toNanos())
                .ifPresent(stale::add);
        return unit;
    }

    /**
     * The unit {@code serial} of the product once it is in memory: read in a batch with other first scans if it is not
     * there yet; empty when never issued. Holds no thread while it is read.
     */
    CompletableFuture<Optional<Unit>> load(UUID productId, String lotCode, String serial) {
        Key key = new Key(productId, serial);
        CompletableFuture<Optional<Unit>> known = withoutRead(key, lotCode);
        return known != null ? known : units.get(key, (k, executor) -> reads.read(k).thenApply(stored -> stored.map(
                state -> {
                    lotIds.put(new LotKey(state.productId(), state.lotCode()), state.lotId());
                    if (state.scanCount() > 0) {
                        scanned.add(k);
                    }
                    return new Unit(state, System.nanoTime());
                })));
    }

    /**
     * The unit {@code serial} of the product if its state is in memory or needs no read (never reads the database);
     * empty also for a made-up code.
     */
    Optional<Unit> inMemory(UUID productId, String lotCode, String serial) {
        CompletableFuture<Optional<Unit>> unit = serial == null ? null : withoutRead(new Key(productId, serial), lotCode);
        return unit == null || !unit.isDone() || unit.isCompletedExceptionally() ? Optional.empty() : unit.join();
    }

    /**
     * The unit as far as it is known without a read: in memory; or, for a serial of the signed shape scanned with its
     * lot code, never issued when the signature fails (not remembered: the same serial may come with its right lot)
     * and a unit no instance has scanned yet when it holds and the filter says so. Null when it has to be read.
     */
    private CompletableFuture<Optional<Unit>> withoutRead(Key key, String lotCode) {
        CompletableFuture<Optional<Unit>> cached = units.getIfPresent(key);
        if (cached != null || lotCode == null) {
            return cached;
        }
        SerialSignatures signatures = signing.ifLoaded();
        if (signatures == null || !signatures.hasSignedShape(key.serial())) {
            return null;
        }
        if (!signatures.verifies(key.productId(), lotCode, key.serial())) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        UUID lotId = lotIds.getIfPresent(new LotKey(key.productId(), lotCode));
        if (lotId == null || !scanned.neverScanned(key)) {
            return null;
        }
        CompletableFuture<Optional<Unit>> fresh = CompletableFuture.completedFuture(
                Optional.of(new Unit(key, lotId, lotCode, System.nanoTime())));
        CompletableFuture<Optional<Unit>> raced = units.asMap().putIfAbsent(key, fresh);
        return raced != null ? raced : fresh;
    }

    /**
     * Judges a scan of {@code unit} under its monitor ({@code judge} sees the state before the scan and returns the
     * row to log, after which the state counts the scan) and queues the row.
     */
    <T> T scan(Unit unit, SerialVerifier.Client client, Function<Unit, Judged<T>> judge) {
        synchronized (unit) {
            if (unit.scanCount == 0) {
                // its first scan: the filter of units ever scanned must know it from now on (later scans need not
                // tell it again)
                scanned.add(unit.key);
            }
            Judged<T> judged = judge.apply(unit);
            unit.scanCount++;
            if (client.known()) {
                unit.addClient(client.fingerprint());
            } else {
                unit.unknownClients++;
            }
            if (unit.firstScannedAt == null) {
                unit.firstScannedAt = judged.row().scannedAt();
            }
            if (judged.row().latitude() != null) {
                unit.lastLatitude = judged.row().latitude();
                unit.lastLongitude = judged.row().longitude();
                unit.lastLocatedAt = judged.row().scannedAt();
                unit.lastLocatedNetwork = client.network();
            }
            unit.unwritten++;
            queue(new Pending(judged.row(), unit));
            return judged.result();
        }
    }

    /** What a judgement returns to the caller and logs. */
    record Judged<T>(T result, ScanRow row) {
    }

    /** Queues the log row of a scan that counts on no unit (a serial never issued). */
    void logUnknown(ScanRow row) {
        queue(new Pending(row, null));
    }

    /** Forgets serials remembered as never issued for the product (new serials were just issued). */
    void forgetUnknown(UUID productId) {
        if (units != null) {
            units.asMap().entrySet().removeIf(e -> e.getKey().productId().equals(productId) && e.getValue().isDone()
                    && !e.getValue().isCompletedExceptionally() && e.getValue().join().isEmpty());
        }
    }

    /**
     * Writes every queued scan now (statistics read the log after this). Runs on the writer thread, outside any
     * transaction of the caller.
     */
    public void flush() {
        try {
            writer.submit(() -> {
                write(true);
                return null;
            }).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the scan log", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write the scan log", e.getCause() != null ? e.getCause() : e);
        }
    }

    private void queue(Pending scan) {
        synchronized (pending) {
            if (pending.size() >= config.maxPendingScans()) {
                dropped.incrementAndGet();
                return;
            }
            pending.addLast(scan);
        }
    }

    private void pollScannedQuietly() {
        try {
            signing.signatures();
            scanned.poll();
        } catch (RuntimeException e) {
            Log.warnf("Units scanned by other instances not read, retrying in %s: %s", config.scannedUnitsPoll(),
                    e.getMessage());
        }
    }

    private void writeQuietly() {
        try {
            write();
        } catch (RuntimeException e) {
            Log.warnf("Scan log not written, retrying in %s: %s", config.scanWriteInterval(), e.getMessage());
        }
        int lost = dropped.getAndSet(0);
        if (lost > 0) {
            Log.warnf("%d scans were judged but not logged: more than %d were waiting to be written", lost,
                    config.maxPendingScans());
        }
    }

    private void write() {
        write(false);
    }

    /**
     * Logs the queued scans; adds the logged ones to the units' counters every {@code scan-counter-interval} (or
     * now, when {@code allCounters}); then re-reads stale units.
     */
    private void write(boolean allCounters) {
        writing.lock();
        try {
            List<Pending> batch;
            synchronized (pending) {
                batch = new ArrayList<>(pending);
            }
            if (!batch.isEmpty()) {
                repository.log(batch.stream().map(Pending::row).toList());
                synchronized (pending) {
                    for (int i = 0; i < batch.size(); i++) {
                        pending.removeFirst();
                    }
                }
                batch.stream().filter(scan -> scan.unit() != null).forEach(uncounted::add);
            }
            long now = System.nanoTime();
            if (!uncounted.isEmpty() && (allCounters
                    || now - countedAt >= config.scanCounterInterval().toNanos())) {
                repository.count(byUnit(uncounted), maxClients);
                for (Pending scan : uncounted) {
                    synchronized (scan.unit()) {
                        scan.unit().unwritten--;
                    }
                }
                uncounted.clear();
                countedAt = now;
            }
            refreshStale();
        } finally {
            writing.unlock();
        }
    }

    /** The scans of each unit, in the order they were judged. */
    private static List<UnitScans> byUnit(List<Pending> scans) {
        Map<Unit, List<ScanRow>> rows = new LinkedHashMap<>();
        for (Pending scan : scans) {
            rows.computeIfAbsent(scan.unit(), u -> new ArrayList<>()).add(scan.row());
        }
        List<UnitScans> units = new ArrayList<>(rows.size());
        rows.forEach((unit, unitScans) -> {
            ScanRow located = null;
            for (ScanRow row : unitScans) {
                if (row.latitude() != null) {
                    located = row;
                }
            }
            long[] clients;
            long network;
            synchronized (unit) {
                clients = unit.clients.clone();
                network = unit.lastLocatedNetwork;
            }
            units.add(new UnitScans(unit.key.productId(), unit.key.serial(), unitScans.size(),
                    unitScans.get(0).scannedAt(), located == null ? null : located.latitude(),
                    located == null ? null : located.longitude(), located == null ? null : located.scannedAt(),
                    located == null || network == 0 ? null : network, clients));
        });
        return units;
    }

    /** Re-reads the units found stale by scans since the last write, one query per product. */
    private void refreshStale() {
        if (stale.isEmpty()) {
            return;
        }
        Map<UUID, Map<String, Unit>> byProduct = new HashMap<>();
        for (Unit unit : List.copyOf(stale)) {
            stale.remove(unit);
            byProduct.computeIfAbsent(unit.key.productId(), p -> new HashMap<>()).put(unit.key.serial(), unit);
        }
        long now = System.nanoTime();
        byProduct.forEach((product, serials) -> {
            for (UnitState stored : repository.units(product, serials.keySet())) {
                Unit unit = serials.get(stored.serial());
                synchronized (unit) {
                    unit.merge(stored, now);
                }
            }
        });
    }
}
