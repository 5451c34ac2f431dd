package vn.ocop.registry.notification.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.ocop.registry.notification.Notification;
import vn.ocop.registry.notification.config.NotificationConfig;
import vn.ocop.registry.notification.repository.NotificationRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Sends pending notifications through the SMTP relay (Quarkus Mailer), each with a plain-text and an HTML part. Rows
 * are locked with {@code FOR UPDATE SKIP LOCKED}, so instances never send the same message at once. A message the relay
 * does not take stays pending and is retried after the n-th delay of {@code ocop.notifications.retry-backoff} (the
 * last repeating): an SMTP outage delays messages and loses none.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);
    private static final int MAX_ERROR = 1000;

    private final NotificationRepository repository;
    private final NotificationConfig config;
    private final Mailer mailer;
    private final Clock clock;

    public NotificationDispatcher(NotificationRepository repository, NotificationConfig config, Mailer mailer,
                                  Clock clock) {
        this.repository = repository;
        this.config = config;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(every = "${ocop.notifications.poll-interval:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        if (!config.workerEnabled()) {
            return;
        }
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().timeout(300).call(this::sendBatch);
        } while (sent == config.batchSize());
    }

    /** Sends one batch of due messages; returns how many the relay took (stops at the first refusal). */
    private int sendBatch() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<UUID> due = repository.lockDue(now, config.batchSize());
        int sent = 0;
        for (UUID id : due) {
            Notification n = repository.findById(id);
            try {
                mailer.send(Mail.withText(n.recipient, n.subject, n.bodyText).setHtml(n.bodyHtml)
                        .setFrom(config.from()).addHeader("X-OCOP-Notification", n.id.toString()));
                n.status = Notification.Status.SENT;
                n.sentAt = OffsetDateTime.now(clock);
                n.nextAttemptAt = null;
                n.attempts++;
                sent++;
            } catch (RuntimeException e) {
                n.attempts++;
                String error = rootMessage(e);
                n.lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
                n.nextAttemptAt = now.plus(backoff(n.attempts));
                LOG.warnf("notification %s to %s not sent (attempt %d), retrying at %s: %s", n.id, n.recipient,
                        n.attempts, n.nextAttemptAt, error);
                // the relay is likely down: leave the rest of the batch for the next run
                for (UUID later : due.subList(due.indexOf(id) + 1, due.size())) {
                    Notification waiting = repository.findById(later);
                    waiting.nextAttemptAt = n.nextAttemptAt;
                }
                break;
            }
        }
        return sent;
    }

    /** The delay before retry number {@code attempts}: that entry of the table, or its last. */
    Duration backoff(int attempts) {
        List<Duration> table = config.retryBackoff();
        return table.get(Math.min(attempts, table.size()) - 1);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() != null ? ": " + root.getMessage() : "");
    }
}
