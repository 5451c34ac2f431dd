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
 * messaging channels ({@code kafka.*}).
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
        Map<String, Object> settings = clientSettings(kafkaConfig, AdminClientConfig.configNames());
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

    /** The entries of the {@code kafka.*} configuration that a client of {@code names} understands. */
    public static Map<String, Object> clientSettings(Map<String, Object> kafkaConfig, java.util.Set<String> names) {
        Map<String, Object> settings = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (names.contains(key)) {
                settings.put(key, value);
            }
        });
        return settings;
    }
}
