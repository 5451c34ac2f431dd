package vn.ocop.registry.partner.service;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code Retry-After} arithmetic of the partner token bucket, without a database. */
class RateLimiterTest {

    @Test
    void shouldWaitForTheMissingFractionOfOneTokenAtTheRefillRate() {
        assertThat(RateLimiter.secondsUntilNextToken(60, 0)).as("one token a second, empty").isEqualTo(1);
        assertThat(RateLimiter.secondsUntilNextToken(6, 0)).as("one token every 10 s, empty").isEqualTo(10);
        assertThat(RateLimiter.secondsUntilNextToken(6, 0.5)).as("half a token there").isEqualTo(5);
        assertThat(RateLimiter.secondsUntilNextToken(6, 0.55)).as("4.5 s rounds up").isEqualTo(5);
        assertThat(RateLimiter.secondsUntilNextToken(1, 0)).as("one a minute").isEqualTo(60);
    }

    @Test
    void shouldNeverAnswerZeroSecondsSoThatAClientDoesNotRetryAtOnce() {
        assertThat(RateLimiter.secondsUntilNextToken(600, 0.99)).isEqualTo(1);
        assertThat(RateLimiter.secondsUntilNextToken(60_000, 0)).isEqualTo(1);
        assertThat(RateLimiter.secondsUntilNextToken(60, 1)).isEqualTo(1);
        assertThat(RateLimiter.secondsUntilNextToken(60, 2.5)).as("a full bucket refused nothing").isEqualTo(1);
    }

    @Test
    void shouldPromiseNoMoreThanTheBucketNeedsAndNoLess() {
        Random random = new Random(16);
        for (int i = 0; i < 10_000; i++) {
            int perMinute = 1 + random.nextInt(10_000);
            double tokensLeft = random.nextDouble();
            long wait = RateLimiter.secondsUntilNextToken(perMinute, tokensLeft);

            double refilledThen = tokensLeft + wait * perMinute / 60.0;
            double refilledASecondEarlier = tokensLeft + (wait - 1) * perMinute / 60.0;
            assertThat(refilledThen).as("a token is there after %d s (%d/min, %.4f left)", wait, perMinute, tokensLeft)
                    .isGreaterThanOrEqualTo(1 - 1e-9);
            if (wait > 1) {
                assertThat(refilledASecondEarlier).as("but not a second earlier").isLessThan(1);
            }
        }
    }
}
