package vn.ocop.traceability.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProductData;
import vn.ocop.contract.Topics;
import vn.ocop.traceability.support.Tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.traceability.support.ValueChain.aCertifiedProduct;
import static vn.ocop.traceability.support.ValueChain.aLot;
import static vn.ocop.traceability.support.ValueChain.aLotCode;
import static vn.ocop.traceability.support.ValueChain.grantOnLot;
import static vn.ocop.traceability.support.ValueChain.grantOnProduct;
import static vn.ocop.traceability.support.ValueChain.openLot;
import static vn.ocop.traceability.support.ValueChain.recordStep;

@QuarkusTest
class ValueChainLinkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldPublishTheLinkageOnceWhenASecondPartyRecordsAndNotAgainForAThird() throws Exception {
        ProductData product = aCertifiedProduct("Cao ngựa bạch Trường Nguyên", 4);
        String lotId = openLot(product, aLot(aLotCode())).getString("id");
        String producer = Tokens.producer(product.producer().producerId());

        try (KafkaConsumer<String, String> consumer = consumer()) {
            grantOnLot(product, lotId, "carrier-ghn", "DISTRIBUTOR");
            grantOnProduct(product, "retailer-winmart", "RETAILER");
            recordStep(producer, lotId, "harvest", Map.of("quantity", 100));
            recordStep(producer, lotId, "processing", Map.of());
            recordStep(Tokens.partner("carrier-ghn", "Giao Hàng Nhanh"), lotId, "receiving",
                    Map.of("source", "HTX Trường Nguyên"));

            List<ConsumerRecord<String, String>> linked = read(consumer, lotId, Duration.ofSeconds(30), 1);
            assertThat(linked).hasSize(1);
            ConsumerRecord<String, String> record = linked.get(0);
            assertThat(record.key()).isEqualTo(product.productId().toString());
            JsonNode event = JSON.readTree(record.value());
            assertThat(event.path("type").asText()).isEqualTo(EventTypes.VALUE_CHAIN_LINKED);
            assertThat(event.path("source").asText()).isEqualTo(EventTypes.TRACEABILITY_SOURCE);
            assertThat(event.path("data").path("lotCode").asText()).isNotBlank();
            assertThat(event.path("data").path("parties")).hasSize(2);

            recordStep(Tokens.partner("retailer-winmart", "WinMart Thái Nguyên"), lotId, "receiving",
                    Map.of("source", "Giao Hàng Nhanh"));
            assertThat(read(consumer, lotId, Duration.ofSeconds(5), Integer.MAX_VALUE))
                    .as("no second linkage event for the same lot").isEmpty();
        }
    }

    private static List<ConsumerRecord<String, String>> read(KafkaConsumer<String, String> consumer, String lotId,
                                                             Duration window, int enough) throws Exception {
        List<ConsumerRecord<String, String>> matches = new ArrayList<>();
        long deadline = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < deadline && matches.size() < enough) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                if (lotId.equals(JSON.readTree(record.value()).path("data").path("lotId").asText())) {
                    matches.add(record);
                }
            }
        }
        return matches;
    }

    private static KafkaConsumer<String, String> consumer() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ConsumerConfig.GROUP_ID_CONFIG, "linkage-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer.subscribe(List.of(Topics.TRACEABILITY_EVENTS));
        return consumer;
    }
}
