package vn.ocop.registry.linkage;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.ocop.platform.messaging.EventConsumption;
import vn.ocop.platform.messaging.InvalidEvent;
import vn.ocop.registry.linkage.service.LinkageService;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Consumes the traceability topic one record at a time. A record that cannot be used ({@link InvalidEvent}), or that
 * still fails after a few attempts for a reason that is not transient, is nacked: the connector
 * ({@code failure-strategy=dead-letter-queue}) writes it to {@code ocop.traceability.events.dlq} with the reason, and
 * consumption goes on. A transient failure (the database away) pauses on the record and retries with backoff instead
 * (the platform's {@link EventConsumption}).
 */
@ApplicationScoped
public class TraceabilityEventConsumer {

    /** Channel name; its Kafka settings are under {@code mp.messaging.incoming.traceability-events.*}. */
    public static final String CHANNEL = "traceability-events";
    static final int ATTEMPTS = 3;
    static final Duration BACKOFF = Duration.ofMillis(300);

    private static final Logger LOG = Logger.getLogger(TraceabilityEventConsumer.class);

    private final EventConsumption<LinkageService.ParsedEvent, LinkageService.Outcome> consumption;

    public TraceabilityEventConsumer(LinkageService linkage) {
        this.consumption = new EventConsumption<>(LOG, ATTEMPTS, BACKOFF, message -> linkage.parse(message.getPayload()),
                event -> event.id() + " (" + event.type() + ")", linkage::apply);
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumption.consume(message, outcome -> { }, () -> { });
    }
}
