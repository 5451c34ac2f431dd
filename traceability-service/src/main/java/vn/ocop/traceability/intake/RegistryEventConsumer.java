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
import vn.ocop.traceability.intake.service.RegistryEventService;
import vn.ocop.traceability.platform.tracing.ContinuesTrace;

import java.util.concurrent.CompletionStage;

/**
 * Consumes the registry event topic one record at a time. A record that cannot be used ({@link InvalidEvent}), or that
 * still fails after a few attempts, is nacked: the connector ({@code failure-strategy=dead-letter-queue}) writes it to
 * the dead-letter topic with the failure message as {@code dead-letter-reason}, and consumption goes on.
 */
@ApplicationScoped
public class RegistryEventConsumer {

    /** Channel name; its Kafka settings are under {@code mp.messaging.incoming.registry-events.*}. */
    public static final String CHANNEL = "registry-events";
    /** Counter of consumed registry events, tagged {@code outcome=applied|duplicate|dead_lettered}. */
    public static final String EVENTS_METRIC = "ocop.intake.events";
    /** Attempts for a valid event whose transaction fails (a lost connection, a concurrent insert). */
    static final int ATTEMPTS = 3;
    static final long BACKOFF_MILLIS = 500;

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
            (outcome == RegistryEventService.Outcome.APPLIED ? applied : duplicates).increment();
            LOG.debugf("%s event %s (%s) from %s", outcome, event.id(), event.type(), origin);
            return message.ack();
        } catch (RuntimeException e) {
            deadLettered.increment();
            LOG.warnf("dead-lettering %s: %s", origin, e.getMessage());
            return message.nack(e);
        }
    }

    private RegistryEventService.Outcome applyWithRetries(RegistryEvent event) {
        for (int attempt = 1; ; attempt++) {
            try {
                return events.apply(event);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    throw new IllegalStateException("event " + event.id() + " failed " + ATTEMPTS + " times: "
                            + rootMessage(e), e);
                }
                LOG.infof("event %s failed (attempt %d of %d), retrying: %s", event.id(), attempt, ATTEMPTS,
                        rootMessage(e));
                sleep(BACKOFF_MILLIS * attempt);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(EVENTS_METRIC)
                .description("Registry events consumed, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }
}
