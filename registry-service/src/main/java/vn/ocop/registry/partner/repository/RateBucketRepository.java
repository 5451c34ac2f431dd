package vn.ocop.registry.partner.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * The partner API keys' token buckets in PostgreSQL ({@code partner_rate_bucket}), shared by all registry instances.
 * One statement refills a bucket for the time since its last use (database clock) and takes a token if there is one;
 * the row lock of the upsert serialises concurrent requests of the same key across instances. Its commit does not wait
 * for the WAL to reach the disk ({@code synchronous_commit} off for that transaction only): a crash may forget the
 * last few milliseconds of takes, which gives a key a few tokens back and costs nothing else.
 */
@ApplicationScoped
public class RateBucketRepository {

    /** The outcome of one attempt: whether a token was taken and how many are left. */
    public record Take(boolean granted, double tokensLeft) {
    }

    private static final String LEVEL = "least(:capacity, b.tokens"
            + " + extract(epoch from now() - b.refilled_at) * :capacity / 60.0)";

    private final EntityManager em;

    public RateBucketRepository(EntityManager em) {
        this.em = em;
    }

    /** Takes one token from the key's bucket of {@code capacity} per minute (a new bucket starts full). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Take take(UUID keyId, double capacity) {
        em.createNativeQuery("select set_config('synchronous_commit', 'off', true)").getSingleResult();
        Object[] row = (Object[]) em.createNativeQuery("""
                insert into partner_rate_bucket as b (key_id, tokens, refilled_at, granted)
                values (:key, :capacity - 1, now(), true)
                on conflict (key_id) do update
                   set tokens = case when %1$s >= 1 then %1$s - 1 else %1$s end,
                       granted = %1$s >= 1,
                       refilled_at = now()
                returning b.tokens, b.granted
                """.formatted(LEVEL))
                .setParameter("key", keyId).setParameter("capacity", capacity).getSingleResult();
        return new Take((Boolean) row[1], ((Number) row[0]).doubleValue());
    }
}
