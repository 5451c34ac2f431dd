package vn.ocop.traceability.outbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the outbox relay batches and how long it waits for Kafka. */
@ConfigMapping(prefix = "ocop.outbox")
public interface OutboxConfig {

    /** Time between two relay runs (read by the relay's schedule). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Rows read per relay run. */
    @WithDefault("100")
    int batchSize();

    /** Longest wait for Kafka to acknowledge one event before the run stops and retries later. */
    @WithDefault("10s")
    Duration sendTimeout();
}
