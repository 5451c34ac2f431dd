package vn.ocop.registry.linkage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.Topics;
import vn.ocop.contract.ValueChainLinkData;
import vn.ocop.registry.support.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;
import static vn.ocop.registry.support.MonitoringFixtures.contract;
import static vn.ocop.registry.support.MonitoringFixtures.today;

/**
 * The value-chain linkage rate of Điện Biên (province 11, used by no other test class) moves when the traceability
 * service publishes value-chain.linked CloudEvents on the real Kafka topic, counts a redelivered event once, and
 * dead-letters what it cannot use.
 */
@QuarkusTest
class ValueChainLinkageTest {

    static final String DIEN_BIEN = "11";
    static final String COMMUNE = "03127";
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static KafkaProducer<String, String> producer;

    @BeforeAll
    static void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void disconnect() {
        producer.close();
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static UUID certifiedProduct() {
        UUID product = aProduct(aProducer().inCommune(COMMUNE).create()).create();
        aCertificate(product).stars(3).decidedOn(today().minusMonths(2)).record();
        return product;
    }

    private static String linkedEvent(String eventId, UUID product, UUID lot) throws Exception {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", eventId);
        event.put("source", "/traceability");
        event.put("type", EventTypes.VALUE_CHAIN_LINKED);
        event.put("subject", product.toString());
        event.put("time", OffsetDateTime.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("data", new ValueChainLinkData(product, lot, "LOT-" + lot.toString().substring(0, 8),
                List.of("producer-" + product, "partner:HTX Thu mua Mường Thanh"), OffsetDateTime.now().minusHours(1)));
        return MAPPER.writeValueAsString(event);
    }

    private static void publish(String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.TRACEABILITY_EVENTS, key, value)).get();
    }

    private static Map<String, Object> values() {
        return given().auth().oauth2(Tokens.provinceAdmin(DIEN_BIEN)).queryParam("province", DIEN_BIEN)
                .get("/indicators").then().statusCode(200).extract().jsonPath().getMap("values");
    }

    @Test
    void shouldCountAProductLinkedByATraceabilityEventOnceEvenWhenDeliveredTwice() throws Exception {
        UUID first = certifiedProduct();
        UUID second = certifiedProduct();
        UUID third = certifiedProduct();
        UUID fourth = certifiedProduct();
        contract(fourth, today().minusMonths(1), null);
        long before = ((Number) values().get("linkedProducts")).longValue();
        long certified = ((Number) values().get("certifiedProducts")).longValue();

        String event = linkedEvent(UUID.randomUUID().toString(), first, UUID.randomUUID());
        publish(first.toString(), event);
        publish(first.toString(), event);
        publish(first.toString(), linkedEvent(UUID.randomUUID().toString(), first, UUID.randomUUID()));
        publish(second.toString(), linkedEvent(UUID.randomUUID().toString(), second, UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(((Number) values().get("linkedProducts")).longValue()).isEqualTo(before + 2));
        Thread.sleep(1500);
        Map<String, Object> v = values();
        assertThat(((Number) v.get("linkedProducts")).longValue()).isEqualTo(before + 2);
        assertThat(v.get("linkedProducts")).isNotNull();
        assertThat(((Number) v.get("certifiedProducts")).longValue()).isEqualTo(certified);
        assertThat(third).isNotNull();
    }

    @Test
    void shouldDeadLetterWhatItCannotUseAndKeepConsuming() throws Exception {
        try (KafkaConsumer<String, String> dlq = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "registry-dlq-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            dlq.subscribe(List.of(Topics.TRACEABILITY_EVENTS_DLQ));
            String key = "poison-" + UUID.randomUUID();
            publish(key, "{not json");
            publish(key + "-unknown-product", linkedEvent(UUID.randomUUID().toString(), UUID.randomUUID(),
                    UUID.randomUUID()));
            UUID product = certifiedProduct();
            long before = ((Number) values().get("linkedProducts")).longValue();
            publish(product.toString(), linkedEvent(UUID.randomUUID().toString(), product, UUID.randomUUID()));

            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                dlq.poll(Duration.ofMillis(300)).forEach(seen::add);
                assertThat(seen).extracting(ConsumerRecord::key).contains(key, key + "-unknown-product");
            });
            ConsumerRecord<String, String> poison = seen.stream().filter(r -> r.key().equals(key)).findFirst()
                    .orElseThrow();
            assertThat(new String(poison.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                    .contains("not a CloudEvent");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(((Number) values().get("linkedProducts")).longValue()).isEqualTo(before + 1));
        }
    }

    @Test
    void shouldLetAProducerDeclareAContractForItsOwnProductOnly() {
        UUID producerId = aProducer().inCommune(COMMUNE).create();
        UUID product = aProduct(producerId).create();
        Map<String, Object> body = Map.of("partnerName", "Công ty CP Nông sản Điện Biên", "role", "RAW_MATERIAL_SUPPLIER",
                "validFrom", "2025-01-01");
        given().auth().oauth2(Tokens.producer(producerId)).contentType(ContentType.JSON).body(body)
                .post("/products/" + product + "/linkage-contracts").then().statusCode(201);
        given().auth().oauth2(Tokens.producer(UUID.randomUUID())).contentType(ContentType.JSON).body(body)
                .post("/products/" + product + "/linkage-contracts").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("partnerName", "X", "role", "BUYER", "validFrom", "2025-02-01", "validTo", "2025-01-01"))
                .post("/products/" + product + "/linkage-contracts").then().statusCode(400);
        given().auth().oauth2(Tokens.producer(producerId)).get("/products/" + product + "/linkage-contracts")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.is(1))
                .body("items[0].role", org.hamcrest.Matchers.is("RAW_MATERIAL_SUPPLIER"));
    }
}
