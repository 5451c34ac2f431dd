package vn.ocop.traceability.epcis.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import vn.ocop.traceability.epcis.EpcisEvent;
import vn.ocop.platform.persistence.CsvCopy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Queries over recorded EPCIS events. */
@ApplicationScoped
public class EpcisEventRepository implements PanacheRepositoryBase<EpcisEvent, UUID> {

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    /** Up to {@code limit} events of the lot after position {@code afterSeq}, in chain order. */
    public List<EpcisEvent> page(UUID lotId, int afterSeq, int limit) {
        return find("lotId = ?1 and seq > ?2 order by seq", lotId, afterSeq).range(0, limit - 1).list();
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
