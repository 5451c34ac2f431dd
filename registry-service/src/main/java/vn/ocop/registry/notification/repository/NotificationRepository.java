package vn.ocop.registry.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.query.NativeQuery;
import vn.ocop.registry.notification.Notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Notifications and per-address preferences. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** An address's language and the kinds it turned off. */
    public record Preference(String email, String language, List<String> optedOut) {
    }

    /** Inserts the message unless this recipient already has one about this event; true when inserted. */
    public boolean insertIfAbsent(Notification n) {
        // typed binding: several columns may be null, and PostgreSQL must still know their types
        @SuppressWarnings("unchecked")
        NativeQuery<Object> insert = getEntityManager().createNativeQuery("insert into notification (id, kind, "
                        + "event_key, recipient, language, subject, body_text, body_html, producer_id, province_code, "
                        + "commune_code, partner_id, status, attempts, next_attempt_at, created_at) values (?1, ?2, ?3, "
                        + "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 0, ?14, ?15) "
                        + "on conflict (recipient, event_key) do nothing")
                .unwrap(NativeQuery.class);
        return insert.setParameter(1, n.id, UUID.class).setParameter(2, n.kind.name(), String.class)
                .setParameter(3, n.eventKey, String.class).setParameter(4, n.recipient, String.class)
                .setParameter(5, n.language, String.class).setParameter(6, n.subject, String.class)
                .setParameter(7, n.bodyText, String.class).setParameter(8, n.bodyHtml, String.class)
                .setParameter(9, n.producerId, UUID.class).setParameter(10, n.provinceCode, String.class)
                .setParameter(11, n.communeCode, String.class).setParameter(12, n.partnerId, UUID.class)
                .setParameter(13, n.status.name(), String.class)
                .setParameter(14, n.nextAttemptAt, OffsetDateTime.class)
                .setParameter(15, n.createdAt, OffsetDateTime.class)
                .executeUpdate() == 1;
    }

    /** Ids of pending messages that are due, locked for this worker (others skip them). */
    @SuppressWarnings("unchecked")
    public List<UUID> lockDue(OffsetDateTime now, int limit) {
        return getEntityManager().createNativeQuery("select id from notification where status = 'PENDING' and "
                        + "next_attempt_at <= ?1 order by next_attempt_at limit ?2 for update skip locked")
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    /** The log, newest first, optionally narrowed to a producer, a province, a commune or a partner. */
    public PanacheQuery<Notification> log(UUID producerId, String provinceCode, String communeCode,
                                          UUID partnerId) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (producerId != null) {
            query.append(" and producerId = :producer");
            parameters.and("producer", producerId);
        }
        if (provinceCode != null) {
            query.append(" and provinceCode = :province");
            parameters.and("province", provinceCode);
        }
        if (communeCode != null) {
            query.append(" and communeCode = :commune");
            parameters.and("commune", communeCode);
        }
        if (partnerId != null) {
            query.append(" and partnerId = :partner");
            parameters.and("partner", partnerId);
        }
        return find(query.toString(), Sort.descending("createdAt").and("id"), parameters);
    }

    public Optional<Preference> preference(String email) {
        List<?> rows = getEntityManager().createNativeQuery(
                        "select language, opted_out from notification_preference where email = ?1")
                .setParameter(1, email.toLowerCase(Locale.ROOT)).getResultList();
        return rows.stream().findFirst().map(r -> (Object[]) r).map(r -> new Preference(email, (String) r[0],
                ((String) r[1]).isEmpty() ? List.of() : List.of(((String) r[1]).split(","))));
    }

    public void savePreference(Preference preference, OffsetDateTime now) {
        getEntityManager().createNativeQuery("insert into notification_preference (email, language, opted_out, "
                        + "updated_at) values (?1, ?2, ?3, ?4) on conflict (email) do update set language = "
                        + "excluded.language, opted_out = excluded.opted_out, updated_at = excluded.updated_at")
                .setParameter(1, preference.email().toLowerCase(Locale.ROOT)).setParameter(2, preference.language())
                .setParameter(3, String.join(",", preference.optedOut())).setParameter(4, now).executeUpdate();
    }
}
