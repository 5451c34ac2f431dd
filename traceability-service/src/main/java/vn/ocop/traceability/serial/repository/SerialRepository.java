package vn.ocop.traceability.serial.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import vn.ocop.platform.persistence.CsvCopy;
import vn.ocop.traceability.serial.Serial;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Queries over issued serials, and their bulk insert through PostgreSQL COPY. */
@ApplicationScoped
public class SerialRepository implements PanacheRepositoryBase<Serial, Serial.Key> {

    private final AgroalDataSource dataSource;

    public SerialRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The serials of a lot (or of one of its batches) in printing order. */
    public PanacheQuery<Serial> byLot(UUID lotId, UUID batchId) {
        return batchId == null
                ? find("lotId = ?1 order by seq", lotId)
                : find("lotId = ?1 and batchId = ?2 order by seq", lotId, batchId);
    }

    /** The position after the last serial of the lot (1 for a lot without serials). */
    public int nextSeq(UUID lotId) {
        Integer max = getEntityManager()
                .createQuery("select max(s.seq) from Serial s where s.lotId = ?1", Integer.class)
                .setParameter(1, lotId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Serials issued since {@code since} for every product of {@code producerId}. */
    public long issuedByProducerSince(UUID producerId, java.time.OffsetDateTime since) {
        Number issued = (Number) getEntityManager().createNativeQuery("select coalesce(sum(b.count), 0) "
                        + "from serial_batch b join product p on p.id = b.product_id "
                        + "where p.producer_id = ?1 and b.created_at >= ?2")
                .setParameter(1, producerId).setParameter(2, since).getSingleResult();
        return issued.longValue();
    }

    /**
     * Serializes serial generation per lot (a transaction-scoped advisory lock, so the lot row itself stays free for
     * the capture side): two concurrent batches of one lot would otherwise number their units alike.
     */
    public void lockLotForGeneration(UUID lotId) {
        session().doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, lotId.getMostSignificantBits() ^ lotId.getLeastSignificantBits());
                lock.executeQuery().close();
            }
        });
    }

    /**
     * Inserts candidate serials (position → value) of one batch with COPY into a temporary table and one
     * INSERT ... SELECT; a value the product already has is skipped, not an error. Returns the positions that were
     * skipped, for which the caller draws new values.
     */
    public List<Integer> insertNew(UUID productId, UUID lotId, UUID batchId, Map<Integer, String> candidates) {
        return session().doReturningWork(connection -> {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create temporary table if not exists serial_incoming (serial varchar(20) not null, "
                        + "seq integer not null) on commit drop");
                ddl.execute("truncate serial_incoming");
            }
            copy(connection, candidates);
            int inserted;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into serial (product_id, serial, lot_id, batch_id, seq)
                    select ?, i.serial, ?, ?, i.seq from serial_incoming i order by i.serial
                    on conflict (product_id, serial) do nothing""")) {
                insert.setObject(1, productId);
                insert.setObject(2, lotId);
                insert.setObject(3, batchId);
                inserted = insert.executeUpdate();
            }
            if (inserted == candidates.size()) {
                return List.of();
            }
            List<Integer> skipped = new ArrayList<>();
            try (PreparedStatement missing = connection.prepareStatement("""
                    select i.seq from serial_incoming i
                    where not exists (select 1 from serial s
                                      where s.product_id = ? and s.serial = i.serial and s.batch_id = ?)""")) {
                missing.setObject(1, productId);
                missing.setObject(2, batchId);
                try (ResultSet rows = missing.executeQuery()) {
                    while (rows.next()) {
                        skipped.add(rows.getInt(1));
                    }
                }
            }
            return skipped;
        });
    }

    /**
     * Streams the serials of a lot (or batch) in printing order through a server-side cursor on a connection of its
     * own, so that an export of a large lot never holds it in memory and needs no request-bound session.
     */
    public void forEachOfLot(UUID lotId, UUID batchId, Consumer<String> serialConsumer) {
        String sql = batchId == null
                ? "select serial from serial where lot_id = ? order by seq"
                : "select serial from serial where lot_id = ? and batch_id = ? order by seq";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setFetchSize(2_000);
                query.setObject(1, lotId);
                if (batchId != null) {
                    query.setObject(2, batchId);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        serialConsumer.accept(rows.getString(1));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the serials of lot " + lotId, e);
        }
    }

    private static void copy(Connection connection, Map<Integer, String> candidates) throws SQLException {
        CsvCopy.copy(connection, "serial_incoming", "serial, seq", candidates.entrySet().stream()
                .map(candidate -> new Object[] {candidate.getValue(), candidate.getKey()}).toList());
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }
}
