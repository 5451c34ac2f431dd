package vn.ocop.traceability.intake.service;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jboss.logging.Logger;
import vn.ocop.contract.Topics;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Moves dead-lettered registry events back to the registry topic once the cause is fixed. It reads the dead-letter
 * topic from the offsets committed by the last replay (group {@value #GROUP}) up to its end as of the call, re-publishes
 * each record with its key, value and headers (without the {@code dead-letter-*} ones), then commits, so a second call
 * re-sends nothing. A record sent twice (a replay that failed before its commit) changes nothing either: the consumer
 * skips event ids it has applied. A record that still cannot be applied comes back to the dead-letter topic.
 */
@ApplicationScoped
public class DeadLetterReplay {

    /** Consumer group holding how far the dead-letter topic has been replayed. */
    public static final String GROUP = "traceability-service-dlq-replay";
    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** What one replay did. */
    public record Result(int replayed, Map<String, Integer> reasons) {
    }

    private final Map<String, Object> kafkaConfig;

    public DeadLetterReplay(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    /** Replays every dead letter written before this call and not replayed yet. */
    public synchronized Result replay() {
        Map<String, Object> common = new HashMap<>();
        common.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.getOrDefault("bootstrap.servers",
                kafkaConfig.get("bootstrap-servers")));
        Map<String, Object> consumerConfig = new HashMap<>(common);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, "dlq-replay-" + UUID.randomUUID());
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, Object> producerConfig = new HashMap<>(common);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "dlq-replay-producer");
        Map<String, Integer> reasons = new HashMap<>();
        int replayed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(),
                     new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REGISTRY_EVENTS_DLQ, TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            Instant deadline = Instant.now().plus(TIMEOUT);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p, TIMEOUT) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the dead-letter topic was not read to its end within "
                            + TIMEOUT.toSeconds() + " s");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue; // dead-lettered after this call started: left for the next replay
                    }
                    ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(Topics.REGISTRY_EVENTS, record.key(),
                            record.value());
                    for (Header header : record.headers()) {
                        if (!header.key().startsWith("dead-letter")) {
                            again.headers().add(header);
                        }
                    }
                    producer.send(again).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                    Header reason = record.headers().lastHeader("dead-letter-reason");
                    reasons.merge(reason == null ? "(none)" : new String(reason.value(),
                            java.nio.charset.StandardCharsets.UTF_8), 1, Integer::sum);
                    replayed++;
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
                for (TopicPartition partition : partitions) {
                    if (consumer.position(partition, TIMEOUT) >= end.get(partition)) {
                        done.putIfAbsent(partition, new OffsetAndMetadata(end.get(partition)));
                    }
                }
            }
            if (!done.isEmpty()) {
                consumer.commitSync(done, TIMEOUT);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("replay failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted", e);
        }
        LOG.infof("replayed %d dead-lettered registry events", replayed);
        return new Result(replayed, reasons);
    }
}
