package vn.ocop.traceability.serial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.ocop.traceability.serial.SerialVerifier;
import vn.ocop.traceability.serial.config.SerialConfig;
import vn.ocop.traceability.serial.repository.SerialScanRepository;
import vn.ocop.traceability.serial.repository.SerialScanRepository.Counted;
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

/**
 * Judges and logs every consumer scan of a serial URI (the {@link SerialVerifier} the resolver calls). A scan costs
 * one indexed UPDATE ... RETURNING on the unit's row and one INSERT into the log, in one transaction. The log keeps no
 * IP address and no personal data: a location cell of 0.1° (about 11 km) and a SHA-256 of the user agent.
 */
@ApplicationScoped
public class SerialScanService implements SerialVerifier {

    /** Decimal places kept of a scan's latitude and longitude: 0.1° is about 11 km. */
    static final int LOCATION_SCALE = 1;
    /** Longest serial or lot code stored as scanned; AI 21 and AI 10 allow 20 characters. */
    static final int MAX_RAW_LENGTH = 40;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    @Inject
    SerialScanRepository scans;
    @Inject
    SerialConfig config;
    @Inject
    Clock clock;

    @Override
    @Transactional
    public SerialScan scan(UUID productId, String lotCode, String serial, ScanContext context) {
        OffsetDateTime at = context != null && context.at() != null ? context.at() : OffsetDateTime.now(clock);
        Optional<Location> location = context == null ? Optional.empty()
                : Location.coarse(context.latitude(), context.longitude());
        BigDecimal latitude = location.map(Location::latitude).orElse(null);
        BigDecimal longitude = location.map(Location::longitude).orElse(null);
        String userAgent = context == null ? null : sha256(context.userAgent());
        String rawSerial = cut(serial);
        String rawLot = cut(lotCode);

        Optional<Counted> counted = rawSerial == null ? Optional.empty()
                : scans.count(productId, rawSerial, rawLot, at, latitude, longitude);
        if (counted.isEmpty()) {
            scans.log(new ScanRow(productId, rawSerial == null ? "" : rawSerial, null, rawLot, at, latitude,
                    longitude, userAgent, Verdict.UNKNOWN_SERIAL));
            return new SerialScan(Verdict.UNKNOWN_SERIAL, null, null, 0, null);
        }
        Counted unit = counted.get();
        Verdict verdict = judge(unit, location, at);
        scans.log(new ScanRow(productId, rawSerial, unit.lotId(), rawLot, at, latitude, longitude, userAgent,
                verdict));
        return new SerialScan(verdict, unit.lotId(), unit.lotCode(), unit.scanCount(), unit.firstScannedAt());
    }

    /** Impossible travel outweighs a high count: it points at a copied code in circulation right now. */
    private Verdict judge(Counted unit, Optional<Location> here, OffsetDateTime at) {
        if (here.isPresent() && unit.previousLatitude() != null && unit.previousLocatedAt() != null) {
            Location before = new Location(unit.previousLatitude(), unit.previousLongitude());
            double km = distanceKm(before, here.get());
            if (km >= config.minDistanceKm()) {
                double hours = Math.abs(Duration.between(unit.previousLocatedAt(), at).toMillis()) / 3_600_000.0;
                if (hours == 0 || km / hours > config.maxSpeedKmh()) {
                    return Verdict.SUSPICIOUS;
                }
            }
        }
        return unit.scanCount() > config.manyScansThreshold() ? Verdict.SCANNED_MANY_TIMES : Verdict.AUTHENTIC;
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
