package vn.ocop.traceability.epcis.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import vn.ocop.traceability.epcis.EpcisEvent;
import vn.ocop.platform.persistence.CsvCopy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Queries over recorded EPCIS events, their bulk insert through PostgreSQL COPY, and the lots' chain verification
 * checkpoints (table {@code lot_verification}).
 */
@ApplicationScoped
public class EpcisEventRepository implements PanacheRepositoryBase<EpcisEvent, UUID> {

    private final AgroalDataSource dataSource;

    public EpcisEventRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The first {@code limit} events of the lot in the order they happened. */
    public List<EpcisEvent> firstByTime(UUID lotId, int limit) {
        return find("lotId = ?1 order by eventTime, seq", lotId).range(0, limit - 1).list();
    }

    /** The distinct recorders of the lot's events, sorted. */
    public List<String> parties(UUID lotId) {
        return getEntityManager().createQuery("select distinct e.recordedBy from EpcisEvent e where e.lotId = :lot "
                + "order by e.recordedBy", String.class).setParameter("lot", lotId).getResultList();
    }

    /** Which of these event ids are already recorded (one array parameter, whatever their number). */
    public List<String> existingEventIds(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select event_id from epcis_event where event_id = any (?)")) {
                select.setArray(1, connection.createArrayOf("varchar", eventIds.toArray()));
                List<String> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
                return found;
            }
        });
    }

    /**
     * Hands the stored JSON of the lot's events, in chain order, to {@code consumer}, {@code chunk} rows per query
     * (keyset on the chain position) on a connection of its own: memory stays bounded whatever the chain's length.
     */
    public void forEachBody(UUID lotId, int chunk, java.util.function.Consumer<String> consumer) {
        try (java.sql.Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select seq, body::text from epcis_event "
                     + "where lot_id = ? and seq > ? order by seq limit ?")) {
            int after = 0;
            int read;
            do {
                select.setObject(1, lotId);
                select.setInt(2, after);
                select.setInt(3, chunk);
                read = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getInt(1);
                        consumer.accept(rows.getString(2));
                        read++;
                    }
                }
            } while (read == chunk);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the events of lot " + lotId, e);
        }
    }

    /** One link of a lot's chain as stored: its position, eventID, JSON body and hashes. */
    public record ChainLink(int seq, String eventId, String body, String previousHash, String hash) {
    }

    /** The last link of a lot's chain found intact. */
    public record Checkpoint(int seq, String hash) {
    }

    /** Up to {@code limit} links of the lot's chain after position {@code afterSeq}, in chain order (native query). */
    @SuppressWarnings("unchecked")
    public List<ChainLink> links(UUID lotId, int afterSeq, int limit) {
        List<Object[]> result = getEntityManager().createNativeQuery("select seq, event_id, body::text, "
                        + "previous_hash, hash from epcis_event where lot_id = ?1 and seq > ?2 order by seq limit ?3")
                .setParameter(1, lotId).setParameter(2, afterSeq).setParameter(3, limit).getResultList();
        return result.stream().map(r -> new ChainLink(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4])).toList();
    }

    /** The chain hash stored for position {@code seq} of the lot; null when there is no such event. */
    @SuppressWarnings("unchecked")
    public String hashAt(UUID lotId, int seq) {
        List<String> hashes = getEntityManager()
                .createNativeQuery("select hash from epcis_event where lot_id = ?1 and seq = ?2")
                .setParameter(1, lotId).setParameter(2, seq).getResultList();
        return hashes.isEmpty() ? null : hashes.get(0);
    }

    /** The lot's verification checkpoint, if its chain was verified before. */
    @SuppressWarnings("unchecked")
    public Optional<Checkpoint> checkpoint(UUID lotId) {
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select seq, hash from lot_verification where lot_id = ?1")
                .setParameter(1, lotId).getResultList();
        return rows.stream().findFirst().map(r -> new Checkpoint(((Number) r[0]).intValue(), (String) r[1]));
    }

    /**
     * Moves the lot's verification checkpoint to {@code seq} (an upsert that never moves it back), in the caller's
     * transaction.
     */
    public void saveCheckpoint(UUID lotId, int seq, String hash, OffsetDateTime verifiedAt) {
        getEntityManager().createNativeQuery("""
                        insert into lot_verification (lot_id, seq, hash, verified_at) values (?1, ?2, ?3, ?4)
                        on conflict (lot_id) do update set seq = excluded.seq, hash = excluded.hash,
                            verified_at = excluded.verified_at
                        where lot_verification.seq < excluded.seq""")
                .setParameter(1, lotId).setParameter(2, seq).setParameter(3, hash).setParameter(4, verifiedAt)
                .executeUpdate();
    }

    /** Inserts event rows (values in the order of {@link #COLUMNS}) with PostgreSQL COPY. */
    public void copy(List<Object[]> rows) {
        session().doWork(connection -> CsvCopy.copy(connection, "epcis_event", COLUMNS, rows));
    }

    /** The columns {@link #copy(List)} fills, in order. */
    public static final String COLUMNS = "id, lot_id, seq, event_id, event_type, event_time, event_time_zone_offset, "
            + "biz_step, disposition, read_point, biz_location, recorded_by, recorded_at, capture_id, body, "
            + "previous_hash, hash";

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }
}
