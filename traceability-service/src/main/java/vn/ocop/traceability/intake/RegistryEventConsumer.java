package vn.ocop.traceability.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.ocop.contract.ConsumerFailures;
import vn.ocop.contract.TraceContexts;
import vn.ocop.platform.messaging.EventConsumption;
import vn.ocop.platform.messaging.InvalidEvent;
import vn.ocop.traceability.intake.service.RegistryEventService;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Consumes the registry event topic a poll at a time ({@code batch=true}): the valid events of a poll are applied in
 * one transaction (one per poll, not one per event), each in a span continuing its record's trace. A record that
 * cannot be used ({@link InvalidEvent}), or that still fails after a few attempts for a reason that is not transient
 * once the poll is applied event by event, is nacked on its own: the connector ({@code failure-strategy=
 * dead-letter-queue}) writes it to the dead-letter topic with the failure message as {@code dead-letter-reason}, and
 * consumption goes on. A transient failure ({@link ConsumerFailures#isTransient}: the database restarting, a lost
 * connection) never dead-letters a valid event: the consumer pauses on the poll and retries with backoff until it
 * applies; on shutdown it leaves the poll unacknowledged for the next owner.
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
    private final EventConsumption<RegistryEvent, RegistryEventService.Outcome> consumption;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter deadLettered;

    public RegistryEventConsumer(RegistryEventService events, MeterRegistry registry) {
        this.events = events;
        this.consumption = new EventConsumption<>(LOG, ATTEMPTS, BACKOFF,
                message -> events.parse(message.getPayload()).tracedBy(traceparent(message)),
                event -> event.id() + " (" + event.type() + ")", events::apply);
        this.applied = counter(registry, "applied");
        this.duplicates = counter(registry, "duplicate");
        this.deadLettered = counter(registry, "dead_lettered");
    }

    /** The records of one poll ({@code batch=true} on the channel), applied in one transaction. */
    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> poll) {
        return consumption.consumeAll(poll.getRecords(), events::applyAll, poll::ack,
                outcome -> (outcome == RegistryEventService.Outcome.APPLIED ? applied : duplicates).increment(),
                deadLettered::increment);
    }

    /** The trace context a record carries in its {@code traceparent} header; null without one. */
    private static String traceparent(Message<String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getHeaders().lastHeader(TraceContexts.TRACEPARENT))
                .map(header -> new String(header.value(), StandardCharsets.UTF_8))
                .orElse(null);
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(EVENTS_METRIC)
                .description("Registry events consumed, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }
}
