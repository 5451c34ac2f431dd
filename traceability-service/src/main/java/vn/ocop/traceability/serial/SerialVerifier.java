package vn.ocop.traceability.serial;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Records a consumer's scan of a serialized unit and judges it (authentic, scanned many times, suspicious, not an
 * issued code). Verdicts count distinct clients, not requests: one client asking again and again, or claiming places
 * far apart from one network, moves no verdict. Implemented by the serial feature; the resolver and the scan page call it once per consumer-facing
 * representation of a serial URI (scan page or JSON), never for redirects, HEAD, OPTIONS or linksets.
 */
public interface SerialVerifier {

    /**
     * Logs the scan and returns the verdict. {@code lotCode} is null for {@code /01/{gtin}/21/{serial}} URIs.
     */
    SerialScan scan(UUID productId, String lotCode, String serial, ScanContext context);

    /**
     * The lot code of an issued unit whose scan state is in memory or needs no read (a signed serial of
     * {@code lotCode} that no instance scanned yet), so that {@link #scan} needs no database and does not block; empty
     * when it would have to read (or when the serial was never issued). {@code lotCode} is the scanned one, or null.
     */
    default Optional<String> lotInMemory(UUID productId, String lotCode, String serial) {
        return Optional.empty();
    }

    /**
     * Brings the scan state of a unit into memory without holding the caller's thread (a unit's first scans here are
     * read together), so that {@link #lotInMemory} then knows it; completes normally also for a serial never issued.
     * Fails when the state cannot be read.
     */
    default CompletionStage<Void> load(UUID productId, String lotCode, String serial) {
        return CompletableFuture.completedFuture(null);
    }

    /**
     * What a scan tells: coarse location if the scanner gave one, a hash of the user agent (no personal data) and the
     * client it came from ({@link Client#UNKNOWN} when not known: each such scan counts as one more client).
     */
    record ScanContext(OffsetDateTime at, Double latitude, Double longitude, String userAgent, Client client) {

        /** A scan of an unknown client (direct calls without an HTTP request). */
        public ScanContext(OffsetDateTime at, Double latitude, Double longitude, String userAgent) {
            this(at, latitude, longitude, userAgent, Client.UNKNOWN);
        }
    }

    /**
     * A scanning client as the verdicts count it: {@code fingerprint} a keyed hash of user agent and network prefix,
     * {@code network} a keyed hash of the network prefix alone (0: unknown). Never the raw address.
     */
    record Client(long fingerprint, long network) {

        public static final Client UNKNOWN = new Client(0, 0);

        public boolean known() {
            return fingerprint != 0;
        }
    }

    /** The verdict on one scan, with the unit's lot (null for an unknown serial) and how often it was scanned. */
    record SerialScan(Verdict verdict, UUID lotId, String lotCode, long scanCount, OffsetDateTime firstScannedAt) {
    }

    /** Counterfeit signals, most reassuring first. */
    enum Verdict {
        /** An issued code, scanned a plausible number of times in plausible places. */
        AUTHENTIC,
        /** An issued code scanned more often than the configured threshold: copies may be circulating. */
        SCANNED_MANY_TIMES,
        /**
         * An issued code scanned in two places farther apart than travel allows in the time between, by clients of two
         * different networks.
         */
        SUSPICIOUS,
        /** Not a code we issued for this product (or lot). */
        UNKNOWN_SERIAL
    }
}
