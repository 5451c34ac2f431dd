package vn.ocop.registry.indicator.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.indicator.repository.IndicatorChangeRepository;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Keeps computed indicator results (per query: kind, area, period, time zone) and hands one out again only while the
 * database shows that no transaction changing the indicators' tables has committed since the result was computed; on
 * every instance alike, since the check reads the change notes the tables' triggers write. A miss computes afresh.
 * Results computed inside a writing transaction are never kept.
 */
@ApplicationScoped
public class IndicatorCache {

    /** How many results are kept (a national commune table is about 3,300 rows). */
    static final int ENTRIES = 32;
    /** How often this instance prunes old change notes, at most. */
    static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    private record Entry(String snapshot, Object value) {
    }

    private final Cache<Object, Entry> entries = Caffeine.newBuilder().maximumSize(ENTRIES).build();
    private final AtomicLong nextPrune = new AtomicLong(System.nanoTime());
    private final IndicatorChangeRepository changes;

    public IndicatorCache(IndicatorChangeRepository changes) {
        this.changes = changes;
    }

    /** The kept result for the key if nothing changed since it was computed, else {@code compute}'s (kept). */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        Entry kept = entries.getIfPresent(key);
        if (kept != null && changes.unchangedSince(kept.snapshot())) {
            return (T) kept.value();
        }
        Optional<String> snapshot = changes.snapshot();   // taken before computing: a later change invalidates
        T value = compute.get();
        snapshot.ifPresent(s -> entries.put(key, new Entry(s, value)));
        long now = System.nanoTime();
        long due = nextPrune.get();
        if (snapshot.isPresent() && now - due >= 0 && nextPrune.compareAndSet(due, now + PRUNE_EVERY.toNanos())) {
            changes.prune();
        }
        return value;
    }
}
