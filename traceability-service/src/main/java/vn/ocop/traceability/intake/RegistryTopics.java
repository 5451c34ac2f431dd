package vn.ocop.traceability.intake;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.ocop.contract.Topics;
import vn.ocop.platform.kafka.TopicAdmin;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Makes sure the registry topic and its dead-letter topic exist, in the background at start-up. The consumer does not
 * depend on it: it subscribes anyway and picks the topic up whenever it appears (created by the registry's relay).
 */
@ApplicationScoped
public class RegistryTopics {

    private final TopicAdmin topics;

    public RegistryTopics(TopicAdmin topics) {
        this.topics = topics;
    }

    void onStart(@Observes StartupEvent event) {
        CompletableFuture.runAsync(() -> topics.ensure(List.of(Topics.REGISTRY_EVENTS, Topics.REGISTRY_EVENTS_DLQ)));
    }
}
