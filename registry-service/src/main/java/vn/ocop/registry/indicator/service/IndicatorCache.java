package vn.ocop.registry.indicator.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.indicator.repository.IndicatorChangeRepository;
import vn.ocop.registry.indicator.repository.IndicatorChangeRepository.Changes;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Keeps computed indicator results (per query: area, period, time zone) and hands one out again only while the
 * database shows that no transaction changing the indicators' tables has committed since the result was computed; on
 * every instance alike, since the check reads the change notes the tables' triggers write. When some have, the notes
 * say which communes they changed and the kept result is brought up to date for just those; a change everywhere (or
 * no kept result) computes afresh. Results computed inside a writing transaction are never kept.
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

    /**
     * The kept result for the key if nothing changed since it was computed; {@code update}'s of it and the changed
     * communes if only some communes changed; else {@code compute}'s. The new result is kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute, BiFunction<T, Set<String>, T> update) {
        Entry kept = entries.getIfPresent(key);
        if (kept != null) {
            Changes changed = changes.since(kept.snapshot());
            if (changed.communes().isEmpty()) {
                return (T) kept.value();
            }
            if (!changed.communes().contains(IndicatorChangeRepository.EVERYWHERE)
                    && changed.snapshot().isPresent()) {
                T value = update.apply((T) kept.value(), changed.communes());
                keep(key, changed.snapshot().get(), value);
                return value;
            }
        }
        Optional<String> snapshot = changes.snapshot();   // taken before computing: a later change invalidates
        T value = compute.get();
        snapshot.ifPresent(s -> keep(key, s, value));
        return value;
    }

    /** Keeps a result, and prunes old change notes when that is due. */
    private void keep(Object key, String snapshot, Object value) {
        entries.put(key, new Entry(snapshot, value));
        long now = System.nanoTime();
        long due = nextPrune.get();
        if (now - due >= 0 && nextPrune.compareAndSet(due, now + PRUNE_EVERY.toNanos())) {
            changes.prune();
        }
    }
}
