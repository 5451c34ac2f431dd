package vn.ocop.platform.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;
import vn.ocop.contract.Topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The one place the shared topics are created: each with the partitions {@link Topics#partitions} gives and the
 * brokers' default replication, unless it exists. The connection settings (servers, TLS, SASL) are those of the
 * messaging channels ({@code kafka.*}), read the same way as by the outbox relay's producer.
 */
@ApplicationScoped
public class TopicAdmin {

    private static final Logger LOG = Logger.getLogger(TopicAdmin.class);

    private final Map<String, Object> kafkaConfig;

    public TopicAdmin(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    /** Creates those of {@code topics} that do not exist; true when all exist afterwards. Never throws. */
    public boolean ensure(List<String> topics) {
        Map<String, Object> settings = securitySettings(kafkaConfig);
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafkaConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        boolean all = true;
        try (Admin admin = Admin.create(settings)) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, Topics.partitions(topic), (short) -1)))
                            .all().get(5, TimeUnit.SECONDS);
                    LOG.infof("created topic %s", topic);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        LOG.debugf("could not create topic %s: %s", topic, e.getCause().getMessage());
                        all = false;
                    }
                }
            }
        } catch (Exception e) {
            LOG.debugf("could not reach Kafka to create topics: %s", e.getMessage());
            return false;
        }
        return all;
    }

    /**
     * The broker's security settings from the {@code kafka.*} configuration (KAFKA_SECURITY_PROTOCOL,
     * KAFKA_SASL_MECHANISM, KAFKA_SASL_JAAS_CONFIG, ssl.*), which the platform's own Kafka clients (this one, the
     * outbox relay's producer) need as much as the messaging channels do.
     */
    public static Map<String, Object> securitySettings(Map<String, Object> kafkaConfig) {
        Map<String, Object> security = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                security.put(key, value);
            }
        });
        return security;
    }
}
