package vn.ocop.registry.linkage;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.ocop.contract.ConsumerFailures;
import vn.ocop.registry.linkage.service.LinkageService;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Consumes the traceability topic one record at a time. A record that cannot be used ({@link InvalidEvent}), or that
 * still fails after a few attempts for a reason that is not transient, is nacked: the connector
 * ({@code failure-strategy=dead-letter-queue}) writes it to {@code ocop.traceability.events.dlq} with the reason, and
 * consumption goes on. A transient failure (the database away) pauses on the record and retries with backoff instead.
 */
@ApplicationScoped
public class TraceabilityEventConsumer {

    /** Channel name; its Kafka settings are under {@code mp.messaging.incoming.traceability-events.*}. */
    public static final String CHANNEL = "traceability-events";
    static final int ATTEMPTS = 3;
    static final Duration BACKOFF = Duration.ofMillis(300);

    private static final Logger LOG = Logger.getLogger(TraceabilityEventConsumer.class);

    private final LinkageService linkage;

    public TraceabilityEventConsumer(LinkageService linkage) {
        this.linkage = linkage;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        String origin = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getTopic() + "-" + m.getPartition() + "@" + m.getOffset())
                .orElse("unknown record");
        try {
            LinkageService.ParsedEvent event = linkage.parse(message.getPayload());
            LinkageService.Outcome outcome = applyWithRetries(event);
            if (outcome == null) {
                return new CompletableFuture<>(); // shutting down during a transient failure: left unacknowledged
            }
            LOG.debugf("%s traceability event %s from %s", outcome, event.id(), origin);
            return message.ack();
        } catch (RuntimeException e) {
            LOG.warnf("dead-lettering %s: %s", origin, e.getMessage());
            return message.nack(e);
        }
    }

    /** Applies the event; null when interrupted (shutdown) while a transient failure lasted. */
    private LinkageService.Outcome applyWithRetries(LinkageService.ParsedEvent event) {
        int permanentFailures = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return linkage.apply(event);
            } catch (InvalidEvent e) {
                throw e;
            } catch (RuntimeException e) {
                if (!ConsumerFailures.isTransient(e) && ++permanentFailures >= ATTEMPTS) {
                    throw new IllegalStateException("event " + event.id() + " failed " + ATTEMPTS + " times: "
                            + ConsumerFailures.rootMessage(e), e);
                }
                try {
                    Thread.sleep(ConsumerFailures.backoff(BACKOFF, attempt).toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }
}
