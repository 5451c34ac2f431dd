package vn.ocop.traceability.outbox.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.ocop.contract.Topics;
import vn.ocop.platform.outbox.OutboxTopic;

/** The traceability service's outbox goes to {@link Topics#TRACEABILITY_EVENTS}. */
@ApplicationScoped
public class TraceabilityOutboxTopic {

    @Produces
    @Singleton
    OutboxTopic topic() {
        return new OutboxTopic(Topics.TRACEABILITY_EVENTS, Topics.TRACEABILITY_EVENTS_DLQ);
    }
}
