package vn.ocop.registry.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** How e-mail notifications are sent, retried and linked. */
@ConfigMapping(prefix = "ocop.notifications")
public interface NotificationConfig {

    /** Longest wait between two runs of the sending worker. */
    @WithDefault("5s")
    Duration pollInterval();

    /** Messages sent per run. */
    @WithDefault("50")
    int batchSize();

    /**
     * Wait before the n-th retry of a message the SMTP relay did not take; the last entry repeats, so a message is
     * never dropped, only delayed.
     */
    @WithDefault("30s,1m,5m,15m,1h")
    List<Duration> retryBackoff();

    /** Base URL of the registry's web front end, for links in messages. */
    @WithDefault("http://localhost:8081")
    String linkBase();

    /** Sender address. */
    @WithDefault("OCOP <no-reply@ocop.local>")
    String from();

    /** How long webhook deliveries to a partner must have been failing before its contact is told. */
    @WithDefault("1h")
    Duration webhookFailingAfter();

    /** Whether the sending worker runs in this instance. */
    @WithDefault("true")
    boolean workerEnabled();
}
