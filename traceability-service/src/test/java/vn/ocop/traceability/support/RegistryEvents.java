package vn.ocop.traceability.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.ocop.contract.CloudEvent;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Plays the registry in tests: publishes CloudEvent records to the real topic, reads the dead-letter topic. */
public final class RegistryEvents {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static KafkaProducer<String, String> producer;

    private RegistryEvents() {
    }

    /** A CloudEvent of {@code type} with a fresh id, subject {@code key}, carrying {@code data}. */
    public static CloudEvent event(String type, UUID key, Object data) {
        return event(UUID.randomUUID().toString(), type, key, data);
    }

    public static CloudEvent event(String id, String type, UUID key, Object data) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, id, EventTypes.SOURCE, type, key.toString(),
                OffsetDateTime.now(), "application/json", JSON.valueToTree(data));
    }

    /** Publishes events with Kafka key = subject, as the registry's outbox relay does, and waits for the acks. */
    public static void publish(CloudEvent... events) {
        for (CloudEvent event : events) {
            try {
                send(event.subject(), JSON.writeValueAsString(event));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Publishes a raw value (for example a poison message) with the given key. */
    public static void send(String key, String value) {
        send(key, value, Map.of());
    }

    /** Publishes a raw value with the given key and extra Kafka headers (for example a {@code traceparent}). */
    public static void send(String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.REGISTRY_EVENTS, key, value);
        record.headers().add("content-type", EventTypes.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        headers.forEach((name, value1) -> record.headers().add(name, value1.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + Topics.REGISTRY_EVENTS, e);
        }
    }

    /** Reads the dead-letter topic from the start until a record matches, or fails after {@code timeout}. */
    public static ConsumerRecord<String, String> awaitDeadLetter(Predicate<ConsumerRecord<String, String>> match,
                                                                 Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.REGISTRY_EVENTS_DLQ));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    if (match.test(record)) {
                        return record;
                    }
                    seen.add(record.value());
                }
            }
        }
        throw new AssertionError("no matching record on " + Topics.REGISTRY_EVENTS_DLQ + " within " + timeout
                + "; saw " + seen);
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            awaitServiceReady();
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        }
        return producer;
    }

    /**
     * Waits (once) until the service reports ready (database, Kafka, consumer) and has served a first request, so
     * that the intake deadline of a test measures intake, not the warm-up of a freshly booted JVM.
     */
    private static void awaitServiceReady() {
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        given().accept("application/json").get("/products/{id}", UUID.randomUUID());
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
