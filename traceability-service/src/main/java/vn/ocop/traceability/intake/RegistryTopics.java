package vn.ocop.traceability.intake;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;
import vn.ocop.contract.Topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure the registry topic and its dead-letter topic exist with {@link Topics#REGISTRY_EVENTS_PARTITIONS}
 * partitions, in the background at start-up. The consumer does not depend on it: it subscribes anyway and picks the
 * topic up whenever it appears (auto-created by the broker or by the registry).
 */
@ApplicationScoped
public class RegistryTopics {

    private static final Logger LOG = Logger.getLogger(RegistryTopics.class);

    private final Map<String, Object> kafkaConfig;

    public RegistryTopics(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    void onStart(@Observes StartupEvent event) {
        CompletableFuture.runAsync(this::createMissingTopics);
    }

    void createMissingTopics() {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        try (Admin admin = Admin.create(config)) {
            for (String topic : List.of(Topics.REGISTRY_EVENTS, Topics.REGISTRY_EVENTS_DLQ)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, Topics.REGISTRY_EVENTS_PARTITIONS, (short) -1)))
                            .all().get(15, TimeUnit.SECONDS);
                    LOG.infof("created topic %s", topic);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        LOG.warnf("could not create topic %s: %s", topic, e.getCause().getMessage());
                    }
                }
            }
        } catch (Exception e) {
            LOG.warnf("could not check Kafka topics at start-up: %s", e.getMessage());
        }
    }
}
