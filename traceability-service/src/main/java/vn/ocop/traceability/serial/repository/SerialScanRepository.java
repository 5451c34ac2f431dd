package vn.ocop.traceability.serial.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import vn.ocop.traceability.serial.SerialVerifier.Verdict;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;


/**
 * The scan side of serials in plain SQL: the one-row counter update of a scan, the scan log, and the aggregates of
 * the log for statistics. Every statement is an index lookup or an indexed range scan.
 */
@ApplicationScoped
public class SerialScanRepository {

    /** Which scans a statistic covers: those of one lot, or those of one product. */
    public enum Scope {
        LOT("lot_id"), PRODUCT("product_id");

        private final String column;

        Scope(String column) {
            this.column = column;
        }
    }

    /** The unit's state after counting a scan, with its previous located scan (before this one). */
    public record Counted(UUID lotId, String lotCode, long scanCount, OffsetDateTime firstScannedAt,
                          BigDecimal previousLatitude, BigDecimal previousLongitude,
                          OffsetDateTime previousLocatedAt) {
    }

    /** One row of the scan log. */
    public record ScanRow(UUID productId, String serial, UUID lotId, String lotCode, OffsetDateTime scannedAt,
                          BigDecimal latitude, BigDecimal longitude, String userAgentSha256, Verdict verdict) {
    }

    /** Issued units of a scope and how many of them were scanned at least once. */
    public record Issued(long issued, long scanned) {
    }

    /** Scans in one coarse location cell. */
    public record Cell(BigDecimal latitude, BigDecimal longitude, long scans) {
    }

    @Inject
    EntityManager entityManager;

    /**
     * Counts a scan on an issued unit, in one UPDATE ... RETURNING that locks only the unit's row. Empty when the
     * product has no such serial, or when {@code lotCode} is given and the unit belongs to another lot.
     */
    public Optional<Counted> count(UUID productId, String serial, String lotCode, OffsetDateTime at,
                                   BigDecimal latitude, BigDecimal longitude) {
        return session().doReturningWork(connection -> {
            // the FOR UPDATE sub-select reads the previous located scan under the row lock, so that two concurrent
            // scans of one unit each compare against the other's location instead of the same stale one
            try (PreparedStatement update = connection.prepareStatement("""
                    update serial s
                       set scan_count = s.scan_count + 1,
                           first_scanned_at = coalesce(s.first_scanned_at, ?),
                           last_latitude = coalesce(?, s.last_latitude),
                           last_longitude = coalesce(?, s.last_longitude),
                           last_located_at = case when ?::numeric is null then s.last_located_at else ? end
                      from (select product_id, serial, last_latitude, last_longitude, last_located_at
                              from serial where product_id = ? and serial = ? for update) old,
                           lot l
                     where s.product_id = old.product_id and s.serial = old.serial and l.id = s.lot_id
                       and (?::varchar is null or l.lot_code = ?)
                    returning s.lot_id, l.lot_code, s.scan_count, s.first_scanned_at,
                              old.last_latitude, old.last_longitude, old.last_located_at""")) {
                update.setObject(1, at);
                update.setBigDecimal(2, latitude);
                update.setBigDecimal(3, latitude == null ? null : longitude);
                update.setBigDecimal(4, latitude);
                update.setObject(5, at);
                update.setObject(6, productId);
                update.setString(7, serial);
                update.setString(8, lotCode);
                update.setString(9, lotCode);
                try (ResultSet row = update.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Counted>empty();
                    }
                    return Optional.of(new Counted(row.getObject(1, UUID.class), row.getString(2), row.getLong(3),
                            row.getObject(4, OffsetDateTime.class), row.getBigDecimal(5), row.getBigDecimal(6),
                            row.getObject(7, OffsetDateTime.class)));
                }
            }
        });
    }

    /**
     * Appends a scan to the log. When {@code scan.lotId()} is null and a lot code was scanned, the row is filed under
     * the product's lot of that code, if there is one, so that fake codes naming a real lot show in its statistics.
     */
    public void log(ScanRow scan) {
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into serial_scan (product_id, serial, lot_id, lot_code, scanned_at, latitude, longitude,
                                             user_agent_sha256, verdict)
                    values (?, ?, coalesce(?, (select id from lot where product_id = ? and lot_code = ?)), ?, ?, ?, ?,
                            ?, ?)""")) {
                insert.setObject(1, scan.productId());
                insert.setString(2, scan.serial());
                insert.setObject(3, scan.lotId(), Types.OTHER);
                insert.setObject(4, scan.productId());
                insert.setString(5, scan.lotCode());
                insert.setString(6, scan.lotCode());
                insert.setObject(7, scan.scannedAt());
                insert.setBigDecimal(8, scan.latitude());
                insert.setBigDecimal(9, scan.longitude());
                insert.setString(10, scan.userAgentSha256());
                insert.setString(11, scan.verdict().name());
                insert.executeUpdate();
            }
        });
    }

    /** Scans of the scope by verdict (every verdict present, zero when none). */
    public Map<Verdict, Long> countByVerdict(Scope scope, UUID id) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0L);
        }
        query("select verdict, count(*) from serial_scan where " + scope.column + " = ? group by verdict",
                row -> counts.put(Verdict.valueOf(row.getString(1)), row.getLong(2)), id);
        return counts;
    }

    /** Issued units of the scope, and how many of them have been scanned. */
    public Issued issued(Scope scope, UUID id) {
        Issued[] result = {new Issued(0, 0)};
        query("select count(*), count(*) filter (where scan_count > 0) from serial where " + scope.column + " = ?",
                row -> result[0] = new Issued(row.getLong(1), row.getLong(2)), id);
        return result[0];
    }

    /** Scans of the scope since {@code from}, by calendar day in {@code zone} (days without scans absent). */
    public Map<LocalDate, Long> countByDay(Scope scope, UUID id, OffsetDateTime from, ZoneId zone) {
        Map<LocalDate, Long> days = new HashMap<>();
        query("select (scanned_at at time zone ?)::date, count(*) from serial_scan where " + scope.column
                        + " = ? and scanned_at >= ? group by 1",
                row -> days.put(row.getObject(1, LocalDate.class), row.getLong(2)), zone.getId(), id, from);
        return days;
    }

    /** Located scans of the scope by coarse cell, the busiest first. */
    public List<Cell> countByCell(Scope scope, UUID id, int limit) {
        List<Cell> cells = new ArrayList<>();
        query("select latitude, longitude, count(*) as scans from serial_scan where " + scope.column
                        + " = ? and latitude is not null group by latitude, longitude "
                        + "order by scans desc, latitude, longitude limit ?",
                row -> cells.add(new Cell(row.getBigDecimal(1), row.getBigDecimal(2), row.getLong(3))), id, limit);
        return cells;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, RowReader reader, Object... parameters) {
        session().doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
