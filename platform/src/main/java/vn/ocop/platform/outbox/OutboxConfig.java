package vn.ocop.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the outbox relay polls, batches, backs off and cleans up. */
@ConfigMapping(prefix = "ocop.outbox")
public interface OutboxConfig {

    /** Longest wait between two relay runs when no commit wakes it. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Longest wait for Kafka to acknowledge one event; beyond it the event's key stops and is retried. */
    @WithDefault("15s")
    Duration sendTimeout();

    /** Rows read per relay run. */
    @WithDefault("500")
    int batchSize();

    /** Upper bound of the exponential backoff while Kafka is unreachable. */
    @WithDefault("10s")
    Duration maxBackoff();

    /** How long sent rows are kept before the clean-up deletes them. */
    @WithDefault("P7D")
    Duration retention();

    /** Whether the relay runs in this instance. */
    @WithDefault("true")
    boolean relayEnabled();
}
