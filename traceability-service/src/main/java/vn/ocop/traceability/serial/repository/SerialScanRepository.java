package vn.ocop.traceability.serial.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import vn.ocop.platform.persistence.CsvCopy;
import vn.ocop.traceability.serial.SerialVerifier.Verdict;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;


/**
 * The scan side of serials in plain SQL: the units' stored scan state, the batched write of judged scans (log rows and
 * counter updates), and the aggregates of the log for statistics. Every statement is an index lookup or an indexed
 * range scan.
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

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;

    public SerialScanRepository(EntityManager entityManager, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** An issued unit's scan state as stored: its lot, count, first scan and last located scan. */
    public record UnitState(UUID productId, String serial, UUID lotId, String lotCode, long scanCount,
                            OffsetDateTime firstScannedAt, BigDecimal lastLatitude, BigDecimal lastLongitude,
                            OffsetDateTime lastLocatedAt, long[] clients, long lastLocatedNetwork) {
    }

    /**
     * Scans of one unit to add to its stored state: how many, the first one's time, the newest located one (and its
     * network), and the distinct clients known here (merged with the stored ones, at most {@code maxClients}).
     */
    public record UnitScans(UUID productId, String serial, int scans, OffsetDateTime firstAt, BigDecimal latitude,
                            BigDecimal longitude, OffsetDateTime locatedAt, Long locatedNetwork, long[] clients) {
    }

    private static final String UNIT_STATE = "select s.product_id, s.serial, s.lot_id, l.lot_code, s.scan_count, "
            + "s.first_scanned_at, s.last_latitude, s.last_longitude, s.last_located_at, s.clients, "
            + "s.last_located_network from serial s "
            + "join lot l on l.id = s.lot_id ";

    /** The stored state of the issued units among {@code keys} (product id, serial), on its own connection. */
    public List<UnitState> units(UUID productId, Collection<String> serials) {
        if (serials.isEmpty()) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(UNIT_STATE
                     + "where s.product_id = ? and s.serial = any (?)")) {
            select.setObject(1, productId);
            select.setArray(2, connection.createArrayOf("varchar", serials.toArray()));
            List<UnitState> units = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    units.add(new UnitState(row.getObject(1, UUID.class), row.getString(2),
                            row.getObject(3, UUID.class), row.getString(4), row.getLong(5),
                            row.getObject(6, OffsetDateTime.class), row.getBigDecimal(7), row.getBigDecimal(8),
                            row.getObject(9, OffsetDateTime.class), clients(row.getArray(10)), row.getLong(11)));
                }
            }
            return units;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the scan state of serials", e);
        }
    }

    private static long[] clients(java.sql.Array array) throws SQLException {
        if (array == null) {
            return new long[0];
        }
        Object[] values = (Object[]) array.getArray();
        long[] clients = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            clients[i] = ((Number) values[i]).longValue();
        }
        return clients;
    }

    /**
     * Appends scans to the log in one transaction on its own connection: rows of issued units through COPY, the
     * others (filed under the product's lot of the scanned lot code, if there is one, so that fake codes naming a
     * real lot show in its statistics) as a batch. A failure ({@link IllegalStateException} with the SQL error's
     * message) writes nothing.
     */
    public void log(List<ScanRow> log) {
        inTransaction(connection -> {
            copyScans(connection, log.stream().filter(scan -> scan.lotId() != null).toList());
            List<ScanRow> withoutLot = log.stream().filter(scan -> scan.lotId() == null).toList();
            if (!withoutLot.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_SCAN)) {
                    for (ScanRow scan : withoutLot) {
                        bindScan(insert, scan);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
        });
    }

    /**
     * Adds logged scans to their units' counters: one UPDATE over arrays, in a transaction of its own (a failure, an
     * {@link IllegalStateException} with the SQL error's message, adds nothing).
     */
    public void count(Collection<UnitScans> units, int maxClients) {
        if (!units.isEmpty()) {
            inTransaction(connection -> addToCounters(connection, units, maxClients));
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e.getNextException() != null ? e.getNextException() : e;
            } catch (RuntimeException e) {
                connection.rollback();
                throw new SQLException("cannot write the scan log", e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void copyScans(Connection connection, List<ScanRow> scans) throws SQLException {
        CsvCopy.copy(connection, "serial_scan", "product_id, serial, lot_id, lot_code, scanned_at, latitude, longitude, "
                + "user_agent_sha256, verdict", scans.stream().map(scan -> new Object[] {scan.productId(),
                scan.serial(), scan.lotId(), scan.lotCode(), scan.scannedAt(), scan.latitude(), scan.longitude(),
                scan.userAgentSha256(), scan.verdict().name()}).toList());
    }

    private static void addToCounters(Connection connection, Collection<UnitScans> units, int maxClients)
            throws SQLException {
        if (units.isEmpty()) {
            return;
        }
        int n = units.size();
        Object[] products = new Object[n];
        Object[] serials = new Object[n];
        Object[] scans = new Object[n];
        Object[] firsts = new Object[n];
        Object[] latitudes = new Object[n];
        Object[] longitudes = new Object[n];
        Object[] located = new Object[n];
        Object[] networks = new Object[n];
        Object[] clients = new Object[n];
        int i = 0;
        for (UnitScans unit : units) {
            products[i] = unit.productId();
            serials[i] = unit.serial();
            scans[i] = unit.scans();
            firsts[i] = unit.firstAt();
            latitudes[i] = unit.latitude();
            longitudes[i] = unit.longitude();
            located[i] = unit.locatedAt();
            networks[i] = unit.locatedNetwork();
            StringBuilder set = new StringBuilder("{");
            for (int c = 0; c < unit.clients().length; c++) {
                set.append(c == 0 ? "" : ",").append(unit.clients()[c]);
            }
            clients[i] = set.append('}').toString();
            i++;
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update serial s
                   set scan_count = s.scan_count + u.scans,
                       first_scanned_at = coalesce(s.first_scanned_at, u.first_at),
                       last_latitude = coalesce(u.latitude, s.last_latitude),
                       last_longitude = coalesce(u.longitude, s.last_longitude),
                       last_located_at = coalesce(u.located_at, s.last_located_at),
                       last_located_network = case when u.located_at is null then s.last_located_network
                                                   else u.network end,
                       clients = case when s.clients is null then u.clients::bigint[]
                                      when cardinality(s.clients) >= ? then s.clients
                                      else (select array(select distinct c
                                                           from unnest(coalesce(s.clients, '{}')
                                                                       || u.clients::bigint[]) c
                                                          limit ?)) end
                  from unnest(?::uuid[], ?::varchar[], ?::int[], ?::timestamptz[], ?::numeric[], ?::numeric[],
                              ?::timestamptz[], ?::int8[], ?::text[]) as u(product_id, serial, scans, first_at,
                                                                           latitude, longitude, located_at, network,
                                                                           clients)
                 where s.product_id = u.product_id and s.serial = u.serial""")) {
            update.setInt(1, maxClients);
            update.setInt(2, maxClients);
            update.setArray(3, connection.createArrayOf("uuid", products));
            update.setArray(4, connection.createArrayOf("varchar", serials));
            update.setArray(5, connection.createArrayOf("int4", scans));
            update.setArray(6, connection.createArrayOf("timestamptz", firsts));
            update.setArray(7, connection.createArrayOf("numeric", latitudes));
            update.setArray(8, connection.createArrayOf("numeric", longitudes));
            update.setArray(9, connection.createArrayOf("timestamptz", located));
            update.setArray(10, connection.createArrayOf("int8", networks));
            update.setArray(11, connection.createArrayOf("text", clients));
            update.executeUpdate();
        }
    }

    private static final String INSERT_SCAN = """
            insert into serial_scan (product_id, serial, lot_id, lot_code, scanned_at, latitude, longitude,
                                     user_agent_sha256, verdict)
            values (?, ?, coalesce(?, (select id from lot where product_id = ? and lot_code = ?)), ?, ?, ?, ?, ?, ?)""";

    private static void bindScan(PreparedStatement insert, ScanRow scan) throws SQLException {
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

    /** The key that signs serials, made by a migration; the same for every instance. */
    public byte[] signingKey() {
        byte[][] key = {null};
        readOwn("select secret from serial_signing_key where id = 1", row -> key[0] = row.getBytes(1));
        if (key[0] == null) {
            throw new IllegalStateException("no serial signing key: the migrations have not run");
        }
        return key[0];
    }

    /** The newest id of the scan log, 0 while it is empty. */
    public long newestScan() {
        long[] newest = {0};
        readOwn("select coalesce(max(id), 0) from serial_scan", row -> newest[0] = row.getLong(1));
        return newest[0];
    }

    /** Every issued unit scanned at least once, by product and serial (a pass over all units, streamed). */
    public void scannedUnits(BiConsumer<UUID, String> unit) {
        readOwn("select product_id, serial from serial where scan_count > 0",
                row -> unit.accept(row.getObject(1, UUID.class), row.getString(2)));
    }

    /** The issued units in the scan log after {@code id}; returns the newest id read, or {@code id} when none. */
    public long scansAfter(long id, BiConsumer<UUID, String> unit) {
        long[] newest = {id};
        readOwn("select id, product_id, serial from serial_scan where id > ? and verdict <> 'UNKNOWN_SERIAL' "
                + "order by id", row -> {
                    newest[0] = row.getLong(1);
                    unit.accept(row.getObject(2, UUID.class), row.getString(3));
                }, id);
        return newest[0];
    }

    /** A read on a connection of its own, streamed in pages of 10,000 rows (outside any caller's transaction). */
    private void readOwn(String sql, RowReader reader, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setFetchSize(10_000);
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the scan state: " + e.getMessage(), e);
        }
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
