package vn.ocop.registry.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.partner.config.PartnerConfig;
import vn.ocop.registry.platform.problem.DomainException;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per API key: the partner's requests per minute (default {@code ocop.partners.requests-per-minute}),
 * refilled evenly over the minute.
 * Kept in memory per service instance (behind N instances a key gets up to N times the budget).
 */
@ApplicationScoped
public class RateLimiter {

    private static final class Bucket {
        double tokens;
        long refilledAt;
    }

    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();
    private final PartnerConfig config;

    public RateLimiter(PartnerConfig config) {
        this.config = config;
    }

    /**
     * Takes one request from the key's budget ({@code perMinute}, or the configured default when null), or refuses
     * with 429 and the seconds until the next one is free.
     */
    public void acquire(UUID keyId, Integer perMinute) {
        double capacity = perMinute != null ? perMinute : config.requestsPerMinute();
        double perNano = capacity / 60e9;
        Bucket bucket = buckets.computeIfAbsent(keyId, k -> {
            Bucket b = new Bucket();
            b.tokens = capacity;
            b.refilledAt = System.nanoTime();
            return b;
        });
        synchronized (bucket) {
            long now = System.nanoTime();
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.refilledAt) * perNano);
            bucket.refilledAt = now;
            if (bucket.tokens < 1) {
                throw DomainException.tooManyRequests((long) Math.ceil((1 - bucket.tokens) / perNano / 1e9));
            }
            bucket.tokens -= 1;
        }
    }
}
