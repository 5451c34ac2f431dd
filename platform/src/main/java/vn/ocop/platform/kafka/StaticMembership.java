package vn.ocop.platform.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;

import java.util.Map;
import java.util.Optional;

/**
 * Kafka static group membership: when {@code ocop.kafka.instance-id} (env {@code OCOP_KAFKA_INSTANCE_ID}) is set, each
 * incoming channel's consumer joins its group with {@code group.instance.id = <instance-id>-<channel>}, so an instance
 * restarted under the same id takes its partitions back at once, without a rebalance of the whole group. Unset (the
 * default): dynamic membership.
 */
@ApplicationScoped
public class StaticMembership implements ClientCustomizer<Map<String, Object>> {

    /** The stable identity of this instance among the replicas of the service. */
    @ConfigMapping(prefix = "ocop.kafka")
    public interface MembershipConfig {
        /** A name unique among the service's instances and kept across restarts (a host name, a replica ordinal). */
        Optional<String> instanceId();
    }

    private final MembershipConfig config;

    public StaticMembership(MembershipConfig config) {
        this.config = config;
    }

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> kafkaConfig) {
        if (kafkaConfig.containsKey(ConsumerConfig.GROUP_ID_CONFIG)) {
            config.instanceId().filter(id -> !id.isBlank()).ifPresent(id ->
                    kafkaConfig.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, id + "-" + channel));
        }
        return kafkaConfig;
    }
}
