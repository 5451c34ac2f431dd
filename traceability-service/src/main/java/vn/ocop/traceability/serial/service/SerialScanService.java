package vn.ocop.traceability.serial.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.serial.SerialVerifier;
import vn.ocop.traceability.serial.config.SerialConfig;
import vn.ocop.traceability.serial.repository.SerialScanRepository.ScanRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Judges and logs every consumer scan of a serial URI (the {@link SerialVerifier} the resolver calls), on the unit's
 * live state in the {@link ScanLedger}: no database round trip for a unit scanned before, the log row written in the
 * ledger's next batch. The log keeps no IP address and no personal data: a location cell of 0.1° (about 11 km) and a
 * SHA-256 of the user agent.
 */
@ApplicationScoped
public class SerialScanService implements SerialVerifier {

    /** Decimal places kept of a scan's latitude and longitude: 0.1° is about 11 km. */
    static final int LOCATION_SCALE = 1;
    /** Longest serial or lot code stored as scanned; AI 21 and AI 10 allow 20 characters. */
    static final int MAX_RAW_LENGTH = 40;
    private static final double EARTH_RADIUS_KM = 6371.0088;
    /** Hashes of the user agents seen lately: a few browsers and apps scan almost everything. */
    private static final Cache<String, String> USER_AGENTS = Caffeine.newBuilder().maximumSize(10_000).build();

    private final ScanLedger ledger;
    private final SerialConfig config;
    private final Clock clock;

    public SerialScanService(ScanLedger ledger, SerialConfig config, Clock clock) {
        this.ledger = ledger;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public SerialScan scan(UUID productId, String lotCode, String serial, ScanContext context) {
        OffsetDateTime at = context != null && context.at() != null ? context.at() : OffsetDateTime.now(clock);
        Optional<Location> location = context == null ? Optional.empty()
                : Location.coarse(context.latitude(), context.longitude());
        BigDecimal latitude = location.map(Location::latitude).orElse(null);
        BigDecimal longitude = location.map(Location::longitude).orElse(null);
        String userAgent = context == null || context.userAgent() == null || context.userAgent().isEmpty() ? null
                : USER_AGENTS.get(context.userAgent(), SerialScanService::sha256);
        String rawSerial = cut(serial);
        String rawLot = cut(lotCode);

        Optional<ScanLedger.Unit> issued = rawSerial == null ? Optional.empty() : ledger.unit(productId, rawLot, rawSerial)
                // a serial of another lot than the one scanned is not the unit the label claims
                .filter(unit -> rawLot == null || rawLot.equals(unit.lotCode));
        if (issued.isEmpty()) {
            ledger.logUnknown(new ScanRow(productId, rawSerial == null ? "" : rawSerial, null, rawLot, at, latitude,
                    longitude, userAgent, Verdict.UNKNOWN_SERIAL));
            return new SerialScan(Verdict.UNKNOWN_SERIAL, null, null, 0, null);
        }
        SerialVerifier.Client client = context == null || context.client() == null ? SerialVerifier.Client.UNKNOWN
                : context.client();
        return ledger.scan(issued.get(), client, unit -> {
            Verdict verdict = judge(unit, location, at, client);
            return new ScanLedger.Judged<>(new SerialScan(verdict, unit.lotId, unit.lotCode, unit.scanCount + 1,
                    unit.firstScannedAt == null ? at : unit.firstScannedAt),
                    new ScanRow(productId, rawSerial, unit.lotId, rawLot, at, latitude, longitude, userAgent, verdict));
        });
    }

    @Override
    public Optional<String> lotInMemory(UUID productId, String lotCode, String serial) {
        return ledger.inMemory(productId, cut(lotCode), cut(serial)).map(unit -> unit.lotCode);
    }

    @Override
    public CompletionStage<Void> load(UUID productId, String lotCode, String serial) {
        String rawSerial = cut(serial);
        return rawSerial == null ? CompletableFuture.completedFuture(null)
                : ledger.load(productId, cut(lotCode), rawSerial).thenApply(unit -> null);
    }

    /**
     * Impossible travel outweighs a high count: it points at a copied code in circulation right now. Both count
     * clients, not requests: far-apart places claimed from one network are not suspicious, and a unit is scanned many
     * times only when more distinct clients than the threshold scanned it.
     */
    private Verdict judge(ScanLedger.Unit unit, Optional<Location> here, OffsetDateTime at,
                          SerialVerifier.Client client) {
        boolean otherNetwork = client.network() == 0 || unit.lastLocatedNetwork == 0
                || client.network() != unit.lastLocatedNetwork;
        if (here.isPresent() && otherNetwork && unit.lastLatitude != null && unit.lastLocatedAt != null) {
            Location before = new Location(unit.lastLatitude, unit.lastLongitude);
            double km = distanceKm(before, here.get());
            if (km >= config.minDistanceKm()) {
                double hours = Math.abs(Duration.between(unit.lastLocatedAt, at).toMillis()) / 3_600_000.0;
                if (hours == 0 || km / hours > config.maxSpeedKmh()) {
                    return Verdict.SUSPICIOUS;
                }
            }
        }
        // this scan's client included
        return unit.clientsWith(client) > config.manyScansThreshold() ? Verdict.SCANNED_MANY_TIMES : Verdict.AUTHENTIC;
    }

    /** Great-circle distance (haversine) between two points, in km. */
    static double distanceKm(Location a, Location b) {
        double lat1 = Math.toRadians(a.latitude().doubleValue());
        double lat2 = Math.toRadians(b.latitude().doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude().doubleValue() - a.longitude().doubleValue());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static String sha256(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String cut(String value) {
        if (value == null) {
            return null;
        }
        return value.length() > MAX_RAW_LENGTH ? value.substring(0, MAX_RAW_LENGTH) : value;
    }

    /** A coarse location cell: latitude and longitude rounded to {@value #LOCATION_SCALE} decimal. */
    record Location(BigDecimal latitude, BigDecimal longitude) {

        /** The cell of a point; empty when the scanner gave no point or an impossible one. */
        static Optional<Location> coarse(Double latitude, Double longitude) {
            if (latitude == null || longitude == null || !Double.isFinite(latitude) || !Double.isFinite(longitude)
                    || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                return Optional.empty();
            }
            return Optional.of(new Location(round(latitude), round(longitude)));
        }

        private static BigDecimal round(double degrees) {
            return BigDecimal.valueOf(degrees).setScale(LOCATION_SCALE, RoundingMode.HALF_UP);
        }
    }
}
