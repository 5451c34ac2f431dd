package vn.ocop.registry.outbox.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.ocop.contract.Topics;
import vn.ocop.platform.outbox.OutboxTopic;

/** The registry's outbox goes to {@link Topics#REGISTRY_EVENTS}. */
@ApplicationScoped
public class RegistryOutboxTopic {

    @Produces
    @Singleton
    OutboxTopic topic() {
        return new OutboxTopic(Topics.REGISTRY_EVENTS, Topics.REGISTRY_EVENTS_DLQ);
    }
}
