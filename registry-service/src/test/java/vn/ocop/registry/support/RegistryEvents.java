package vn.ocop.registry.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.ocop.contract.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads what the registry published on the real Kafka topic, from the beginning, as an independent consumer would. */
public final class RegistryEvents implements AutoCloseable {

    /** One record as seen on the topic. */
    public record Seen(String key, int partition, long offset, JsonNode event, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name);
        }

        public String type() {
            return event.path("type").asText();
        }

        public String id() {
            return event.path("id").asText();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final List<Seen> seen = new ArrayList<>();

    public RegistryEvents() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "registry-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.REGISTRY_EVENTS));
    }

    /** Everything read so far plus whatever arrives within {@code wait}. */
    public List<Seen> poll(Duration wait) {
        long end = System.currentTimeMillis() + wait.toMillis();
        do {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                try {
                    Map<String, String> headers = new java.util.HashMap<>();
                    r.headers().forEach(h -> headers.put(h.key(), new String(h.value(),
                            java.nio.charset.StandardCharsets.UTF_8)));
                    seen.add(new Seen(r.key(), r.partition(), r.offset(), MAPPER.readTree(r.value()), headers));
                } catch (Exception e) {
                    throw new IllegalStateException("not JSON on the registry topic: " + r.value(), e);
                }
            }
        } while (System.currentTimeMillis() < end);
        return List.copyOf(seen);
    }

    public List<Seen> about(UUID subject, Duration wait) {
        return poll(wait).stream().filter(s -> subject.toString().equals(s.event().path("subject").asText())).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
