package vn.ocop.registry.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.registry.partner.config.PartnerConfig;
import vn.ocop.registry.partner.repository.RateBucketRepository;
import vn.ocop.platform.problem.DomainException;

import java.util.UUID;

/**
 * A token bucket per API key: the partner's requests per minute (default {@code ocop.partners.requests-per-minute}),
 * refilled evenly over the minute. The buckets live in PostgreSQL and are shared by every registry instance, so behind
 * N instances a key still gets its budget once.
 */
@ApplicationScoped
public class RateLimiter {

    private final RateBucketRepository buckets;
    private final PartnerConfig config;

    public RateLimiter(RateBucketRepository buckets, PartnerConfig config) {
        this.buckets = buckets;
        this.config = config;
    }

    /**
     * Takes one request from the key's budget ({@code perMinute}, or the configured default when null), or refuses
     * with 429 and the seconds until the next one is free.
     */
    public void acquire(UUID keyId, Integer perMinute) {
        double capacity = perMinute != null ? perMinute : config.requestsPerMinute();
        RateBucketRepository.Take take = buckets.take(keyId, capacity);
        if (!take.granted()) {
            throw DomainException.tooManyRequests(secondsUntilNextToken(capacity, take.tokensLeft()));
        }
    }

    /**
     * Whole seconds until a bucket refilled at {@code perMinute} tokens a minute holds one token again, given the
     * fraction of a token it holds now: rounded up, and at least 1 (a {@code Retry-After} of 0 would invite a retry
     * loop).
     */
    static long secondsUntilNextToken(double perMinute, double tokensLeft) {
        double missing = Math.max(0, 1 - tokensLeft);
        return Math.max(1, (long) Math.ceil(missing * 60.0 / perMinute));
    }
}
