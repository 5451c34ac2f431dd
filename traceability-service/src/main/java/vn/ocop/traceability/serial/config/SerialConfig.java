package vn.ocop.traceability.serial.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Tuning of serial generation, label sheets and the counterfeit signals drawn from scans. */
@ConfigMapping(prefix = "ocop.serials")
public interface SerialConfig {

    /**
     * Characters of a generated serial's random part (from {@code SerialCodes.ALPHABET}); 10 give about 49 bits of
     * chance. A signature of 10 more follows ({@code SerialSignatures}), and GS1 AI 21 allows 20 in all, so at most 10.
     */
    @WithDefault("10")
    int length();

    /** A unit scanned more often than this is reported as {@code SCANNED_MANY_TIMES}. */
    @WithDefault("10")
    int manyScansThreshold();

    /** Fastest plausible travel between two scans of one unit, in km/h (an airliner). */
    @WithDefault("900")
    double maxSpeedKmh();

    /** Two scans closer than this (km) are never suspicious: coarse cells and GPS drift make short hops noise. */
    @WithDefault("50")
    double minDistanceKm();

    /**
     * How often the scans judged in memory are appended to the scan log, in one transaction. A crash loses at most this
     * much of the log; a clean shutdown writes everything.
     */
    @WithDefault("100ms")
    Duration scanWriteInterval();

    /**
     * How often logged scans are added to their units' stored counters (one UPDATE for every unit scanned meanwhile).
     * The counters are a summary of the log; a crash may leave them this much behind it.
     */
    @WithDefault("1s")
    Duration scanCounterInterval();

    /**
     * How long a unit's scan state is used before it is read again from the database, taking in the scans other
     * instances have written; also how long an unknown serial is remembered as unknown.
     */
    @WithDefault("5s")
    Duration scanStateRefresh();

    /**
     * Units whose scan state is kept in memory (the most recently scanned); a unit not kept is read again from the
     * database on its next scan. Most scans are a unit's first, which memory cannot answer, so this only needs to hold
     * the units scanned again soon: 20,000 is about five seconds of the benchmark's first scans. Each kept unit costs
     * heap: with 200,000, a 128 MB heap stayed full and repeat scans slowed fourfold.
     */
    @WithDefault("20000")
    int scanStateUnits();

    /**
     * Units whose first scan a filter of the units ever scanned can tell without a read (about 1.2 bytes of heap
     * each, fixed at start). Past it, more first scans read their unit's state: slower, never wrong.
     */
    @WithDefault("2000000")
    long scannedUnits();

    /**
     * How often the units scanned by other instances are taken from the scan log into that filter; until then, a
     * unit they scanned first counts as never scanned here (at most until {@code scan-state-refresh} later).
     */
    @WithDefault("1s")
    Duration scannedUnitsPoll();

    /**
     * Threads reading the stored state of units scanned for the first time here, each with one query in flight; the
     * first scans waiting meanwhile are read together in its next query.
     */
    @WithDefault("2")
    int unitReaders();

    /** Most units read in one query. */
    @WithDefault("256")
    int unitReadBatch();

    /**
     * Most scans waiting on the database (it being slow or unreachable): waiting to be written, beyond which the
     * newest are not logged; and, separately, first scans waiting for their unit to be read, beyond which a first scan
     * fails at once (503 with Retry-After).
     */
    @WithDefault("200000")
    int maxPendingScans();

    /** Most serials one lot may ever have (all batches together); beyond it 422 {@code serial-quota}. */
    @WithDefault("1000000")
    int maxPerLot();

    /**
     * Most serials one producer may issue per calendar day (in Vietnam, all its lots together); beyond
     * it 429 {@code serial-daily-quota} with {@code Retry-After} until the next day.
     */
    @WithDefault("500000")
    int maxPerProducerPerDay();

    /** Most labels in one PDF; larger lots are printed page by page ({@code page}, {@code size}). */
    @WithDefault("5000")
    int maxLabelsPerPdf();
}
