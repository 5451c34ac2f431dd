package vn.ocop.traceability.intake;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ocop.contract.Topics;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Publishes how many records wait on the dead-letter topic ({@value #METRIC}, tag {@code topic}): the sum over its
 * partitions of latest minus earliest offset, refreshed every 15 s. Operators alert when it grows.
 */
@ApplicationScoped
public class DeadLetterDepth {

    /** Gauge of records retained on a dead-letter topic. */
    public static final String METRIC = "ocop.dlq.messages";

    private static final Logger LOG = Logger.getLogger(DeadLetterDepth.class);
    private final AtomicLong depth = new AtomicLong();
    private final String bootstrapServers;

    public DeadLetterDepth(MeterRegistry registry,
                           @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Gauge.builder(METRIC, depth, AtomicLong::get).description("Records on the dead-letter topic")
                .tag("topic", Topics.REGISTRY_EVENTS_DLQ).register(registry);
    }

    @Scheduled(every = "15s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000))) {
            var description = admin.describeTopics(java.util.List.of(Topics.REGISTRY_EVENTS_DLQ)).allTopicNames()
                    .get(5, TimeUnit.SECONDS).get(Topics.REGISTRY_EVENTS_DLQ);
            var partitions = description.partitions().stream()
                    .map(p -> new TopicPartition(Topics.REGISTRY_EVENTS_DLQ, p.partition())).toList();
            long latest = sum(admin, partitions.stream().collect(Collectors.toMap(Function.identity(),
                    p -> OffsetSpec.latest())));
            long earliest = sum(admin, partitions.stream().collect(Collectors.toMap(Function.identity(),
                    p -> OffsetSpec.earliest())));
            depth.set(latest - earliest);
        } catch (Exception e) {
            // no dead letter yet (the topic does not exist) or Kafka unreachable: keep the last value
            LOG.debugf("dead-letter depth not refreshed: %s", e.getMessage());
        }
    }

    private static long sum(Admin admin, Map<TopicPartition, OffsetSpec> specs) throws Exception {
        return admin.listOffsets(specs).all().get(5, TimeUnit.SECONDS).values().stream()
                .mapToLong(info -> info.offset()).sum();
    }
}
