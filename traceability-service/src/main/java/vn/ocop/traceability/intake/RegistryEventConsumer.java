package vn.ocop.traceability.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.ocop.contract.ConsumerFailures;
import vn.ocop.traceability.intake.service.RegistryEventService;
import vn.ocop.traceability.platform.tracing.ContinuesTrace;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Consumes the registry event topic one record at a time. A record that cannot be used ({@link InvalidEvent}), or that
 * still fails after a few attempts for a reason that is not transient, is nacked: the connector
 * ({@code failure-strategy=dead-letter-queue}) writes it to the dead-letter topic with the failure message as
 * {@code dead-letter-reason}, and consumption goes on. A transient failure ({@link ConsumerFailures#isTransient}: the
 * database restarting, a lost connection) never dead-letters a valid event: the consumer pauses on that record and
 * retries with backoff until it applies; on shutdown it leaves the record unacknowledged for the next owner.
 */
@ApplicationScoped
public class RegistryEventConsumer {

    /** Channel name; its Kafka settings are under {@code mp.messaging.incoming.registry-events.*}. */
    public static final String CHANNEL = "registry-events";
    /** Counter of consumed registry events, tagged {@code outcome=applied|duplicate|dead_lettered}. */
    public static final String EVENTS_METRIC = "ocop.intake.events";
    /** Attempts for a valid event whose transaction fails for a reason that is not transient (a concurrent insert). */
    static final int ATTEMPTS = 3;
    static final Duration BACKOFF = Duration.ofMillis(500);

    private static final Logger LOG = Logger.getLogger(RegistryEventConsumer.class);

    private final RegistryEventService events;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter deadLettered;

    @Inject
    public RegistryEventConsumer(RegistryEventService events, MeterRegistry registry) {
        this.events = events;
        this.applied = counter(registry, "applied");
        this.duplicates = counter(registry, "duplicate");
        this.deadLettered = counter(registry, "dead_lettered");
    }

    @Incoming(CHANNEL)
    @Blocking
    @ContinuesTrace
    public CompletionStage<Void> consume(Message<String> message) {
        String origin = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getTopic() + "-" + m.getPartition() + "@" + m.getOffset() + " (key " + m.getKey() + ")")
                .orElse("unknown record");
        try {
            RegistryEvent event = events.parse(message.getPayload());
            RegistryEventService.Outcome outcome = applyWithRetries(event);
            if (outcome == null) {
                LOG.infof("stopping while event %s from %s waits for a transient failure to pass; left unacknowledged",
                        event.id(), origin);
                return new CompletableFuture<>();
            }
            (outcome == RegistryEventService.Outcome.APPLIED ? applied : duplicates).increment();
            LOG.debugf("%s event %s (%s) from %s", outcome, event.id(), event.type(), origin);
            return message.ack();
        } catch (RuntimeException e) {
            deadLettered.increment();
            LOG.warnf("dead-lettering %s: %s", origin, e.getMessage());
            return message.nack(e);
        }
    }

    /** Applies the event; null when the thread was interrupted (shutdown) while a transient failure lasted. */
    private RegistryEventService.Outcome applyWithRetries(RegistryEvent event) {
        int permanentFailures = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return events.apply(event);
            } catch (InvalidEvent e) {
                throw e;
            } catch (RuntimeException e) {
                boolean transientFailure = ConsumerFailures.isTransient(e);
                if (!transientFailure && ++permanentFailures >= ATTEMPTS) {
                    throw new IllegalStateException("event " + event.id() + " failed " + ATTEMPTS + " times: "
                            + ConsumerFailures.rootMessage(e), e);
                }
                Duration wait = ConsumerFailures.backoff(BACKOFF, attempt);
                LOG.infof("event %s failed (attempt %d, %s), retrying in %d ms: %s", event.id(), attempt,
                        transientFailure ? "transient" : "failure " + permanentFailures + " of " + ATTEMPTS,
                        wait.toMillis(), ConsumerFailures.rootMessage(e));
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(EVENTS_METRIC)
                .description("Registry events consumed, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }
}
