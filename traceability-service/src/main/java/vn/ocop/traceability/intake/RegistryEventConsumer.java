package vn.ocop.traceability.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.ocop.traceability.intake.service.RegistryEventService;

/**
 * Consumes the registry event topic one record at a time. A record that throws is sent by the connector to the
 * dead-letter topic ({@code failure-strategy=dead-letter-queue}) with the exception message as
 * {@code dead-letter-reason}, and consumption goes on with the next record.
 */
@ApplicationScoped
public class RegistryEventConsumer {

    /** Channel name; its Kafka settings are under {@code mp.messaging.incoming.registry-events.*}. */
    public static final String CHANNEL = "registry-events";
    /** Counter of consumed registry events, tagged {@code outcome=applied|duplicate|dead_lettered}. */
    public static final String EVENTS_METRIC = "ocop.intake.events";

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
    public void consume(ConsumerRecord<String, String> record) {
        try {
            RegistryEvent event = events.parse(record.value());
            RegistryEventService.Outcome outcome = events.apply(event);
            (outcome == RegistryEventService.Outcome.APPLIED ? applied : duplicates).increment();
            LOG.debugf("%s event %s (%s) from %s-%d@%d", outcome, event.id(), event.type(), record.topic(),
                    record.partition(), record.offset());
        } catch (RuntimeException e) {
            deadLettered.increment();
            LOG.warnf("dead-lettering record %s-%d@%d (key %s): %s", record.topic(), record.partition(),
                    record.offset(), record.key(), e.getMessage());
            throw e;
        }
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(EVENTS_METRIC)
                .description("Registry events consumed, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }
}
