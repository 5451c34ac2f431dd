package vn.ocop.registry.webhook.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the webhook worker polls, times out, backs off and when it gives up on a delivery. */
@ConfigMapping(prefix = "ocop.webhooks")
public interface WebhookConfig {

    /** Longest wait between two worker runs when no commit wakes it. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Wait before the first retry; doubled after each failed attempt. */
    @WithDefault("5s")
    Duration initialBackoff();

    /** Upper bound of the wait between two attempts. */
    @WithDefault("1h")
    Duration maxInterval();

    /** After this long since the event a failed attempt marks the delivery FAILED. */
    @WithDefault("24h")
    Duration giveUpAfter();

    /** Connect and response timeout of one attempt. */
    @WithDefault("10s")
    Duration timeout();

    /** Deliveries claimed per worker run. */
    @WithDefault("50")
    int batchSize();

    /** Whether the worker runs in this instance. */
    @WithDefault("true")
    boolean enabled();
}
