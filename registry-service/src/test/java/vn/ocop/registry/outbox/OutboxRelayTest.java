package vn.ocop.registry.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.infra.EmbeddedKafkaServer;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.registry.support.RegistryEvents;
import vn.ocop.registry.support.RegistryEvents.Seen;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Outbox outbox;

    @Test
    void shouldPublishCertificateAsCloudEventKeyedByProduct() {
        UUID producer = aProducer().create();
        UUID product = aProduct(producer).create();
        UUID certificate = aCertificate(product).stars(4).record();
        try (RegistryEvents events = new RegistryEvents()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> events.about(product, Duration.ofMillis(200)).size() == 2);
            List<Seen> seen = events.about(product, Duration.ZERO);
            assertThat(seen).extracting(Seen::type)
                    .containsExactly(EventTypes.PRODUCT_REGISTERED, EventTypes.CERTIFICATE_ISSUED);
            Seen issued = seen.get(1);
            assertThat(issued.key()).isEqualTo(product.toString());
            assertThat(issued.event().path("specversion").asText()).isEqualTo("1.0");
            assertThat(issued.event().path("source").asText()).isEqualTo("/registry");
            assertThat(issued.event().path("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(issued.event().path("time").asText()).isNotBlank();
            assertThat(issued.event().at("/data/certificateId").asText()).isEqualTo(certificate.toString());
            assertThat(issued.event().at("/data/stars").asInt()).isEqualTo(4);
            assertThat(seen.get(0).event().at("/data/producer/producerId").asText()).isEqualTo(producer.toString());
            assertThat(seen.get(0).event().at("/data/producer/communeName").asText()).isEqualTo("Xã Phú Bình");
        }
    }

    @Test
    void shouldKeepEventsPendingWhileKafkaIsDownAndDeliverEachOnceInOrderAfter() throws Exception {
        EmbeddedKafkaServer kafka = EmbeddedKafkaServer.at(
                Path.of(config("ocop.test.kafka.dir")), Integer.parseInt(config("ocop.test.kafka.port")));
        UUID producer = aProducer().create();
        awaitNoBacklog();
        List<UUID> products = new ArrayList<>();
        kafka.stop();
        try {
            for (int i = 0; i < 100; i++) {
                UUID product = aProduct(producer).create();
                aCertificate(product).stars(3 + i % 2).record();
                products.add(product);
            }
            // the relay cannot publish: all 200 events stay in the outbox
            await().atMost(Duration.ofSeconds(30)).until(() -> pendingEvents() >= 200);
            assertThat(pendingEvents()).isGreaterThanOrEqualTo(200);
        } finally {
            kafka.start();
        }
        awaitNoBacklog();
        try (RegistryEvents events = new RegistryEvents()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> ofProducts(events.poll(Duration.ofMillis(500)), products).size() >= 200);
            List<Seen> delivered = ofProducts(events.poll(Duration.ofSeconds(2)), products);
            assertThat(delivered).hasSize(200);
            assertThat(delivered.stream().map(Seen::id).distinct().count()).isEqualTo(200);
            Map<String, List<String>> typesByProduct = delivered.stream().collect(Collectors.groupingBy(Seen::key,
                    Collectors.mapping(Seen::type, Collectors.toList())));
            assertThat(typesByProduct).hasSize(100);
            assertThat(typesByProduct.values()).allSatisfy(types -> assertThat(types)
                    .containsExactly(EventTypes.PRODUCT_REGISTERED, EventTypes.CERTIFICATE_ISSUED));
        }
    }

    @Test
    void shouldWriteTheFactsOfATransactionTogetherInTheOrderAppendedAndNoneOfOneRolledBack() throws Exception {
        String key = UUID.randomUUID().toString();
        String otherKey = UUID.randomUUID().toString();

        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 5; i++) {
                outbox.append("/test", "vn.ocop.test.appended.v1", i == 2 ? otherKey : key, Map.of("n", i, "name",
                        "Chè Tân Cương " + i));
            }
        });
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.append("/test", "vn.ocop.test.appended.v1", key, Map.of("n", 99));
            throw new IllegalStateException("the change failed");
        })).hasMessageContaining("the change failed");

        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select seq, aggregate_key = ? as other, payload::jsonb #>> '{data,n}' as n, "
                        + "payload::jsonb #>> '{data,name}' as name, payload::jsonb ->> 'id' = id::text as same_id, "
                        + "payload::jsonb ->> 'time' as time, created_at from outbox_event "
                        + "where aggregate_key in (?, ?) order by seq")) {
            s.setString(1, otherKey);
            s.setString(2, key);
            s.setString(3, otherKey);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    assertThat(r.getBoolean("same_id")).isTrue();
                    // the event's time, to the microsecond PostgreSQL keeps
                    assertThat(Duration.between(r.getObject("created_at", java.time.OffsetDateTime.class),
                            java.time.OffsetDateTime.parse(r.getString("time"))).abs())
                            .isLessThan(Duration.ofNanos(1000));
                    rows.add(r.getString("n") + (r.getBoolean("other") ? " (other key)" : "") + " " + r.getString("name"));
                }
            }
        }
        assertThat(rows).containsExactly("0 Chè Tân Cương 0", "1 Chè Tân Cương 1", "2 (other key) Chè Tân Cương 2",
                "3 Chè Tân Cương 3", "4 Chè Tân Cương 4");
    }

    /**
     * Sent events stay in the outbox for days. A plan cached while the table was small read all of them on every relay
     * run (a sequential scan); the relay must find its pending events through their index however many sent ones
     * there are.
     */
    @Test
    void shouldFindPendingEventsThroughTheirIndexWhateverNumberOfSentOnesSurroundsThem() throws Exception {
        UUID producer = aProducer().create();
        awaitNoBacklog();
        sql("insert into outbox_event (id, aggregate_key, type, payload, created_at, sent_at, attempts) "
                + "select gen_random_uuid(), 'sent-before', 'test.sent.v1', repeat('x', 400), now(), now(), 1 "
                + "from generate_series(1, 20000)");
        long sequentialScans = number("select seq_scan from pg_stat_user_tables where relname = 'outbox_event'");
        long indexScans = number("select idx_scan from pg_stat_user_indexes where indexrelname = 'outbox_pending_idx'");

        for (int i = 0; i < 10; i++) {
            aProduct(producer).create();
            awaitNoBacklog();
        }

        // the statistics arrive a little after the scans; the relay's index scans show once they have
        await().atMost(Duration.ofSeconds(30)).until(() -> number(
                "select idx_scan from pg_stat_user_indexes where indexrelname = 'outbox_pending_idx'")
                >= indexScans + 10);
        assertThat(number("select seq_scan from pg_stat_user_tables where relname = 'outbox_event'"))
                .isEqualTo(sequentialScans);
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute(statement);
        }
    }

    private long number(String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement().executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<Seen> ofProducts(List<Seen> seen, List<UUID> products) {
        var keys = products.stream().map(UUID::toString).collect(Collectors.toSet());
        return seen.stream().filter(s -> keys.contains(s.key())).toList();
    }

    private static void awaitNoBacklog() {
        await().atMost(Duration.ofSeconds(60)).until(() -> pendingEvents() == 0);
    }

    /** The outbox backlog as the service reports it on its Prometheus endpoint. */
    static double pendingEvents() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("ocop_outbox_pending"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }
}
