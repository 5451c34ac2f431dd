package vn.ocop.infra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedInfraTest {

    @Test
    void postgresKeepsDataAcrossRestartAndStopsBySigterm(@TempDir Path dir) throws Exception {
        int port;
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dir, 0)) {
            port = pg.port();
            pg.createDatabase("sample");
            try (var c = DriverManager.getConnection(pg.jdbcUrl("sample"), "postgres", "postgres")) {
                c.createStatement().execute("create table t(x text); insert into t values ('Cao ngựa bạch')");
            }
        }
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dir, port)) {
            try (var c = DriverManager.getConnection(pg.jdbcUrl("sample"), "postgres", "postgres");
                 ResultSet rs = c.createStatement().executeQuery("select x from t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Cao ngựa bạch");
            }
        }
    }

    @Test
    void kafkaBrokerRestartsOnSamePortWithItsData(@TempDir Path dir) throws Exception {
        EmbeddedKafkaServer kafka = EmbeddedKafkaServer.at(dir, EmbeddedKafkaServer.freePort()).start();
        try {
            kafka.createTopic("smoke", 3);
            send(kafka, "before");
            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            EmbeddedKafkaServer.at(dir, kafka.port()).start();
            send(kafka, "after");
            assertThat(readAll(kafka)).containsExactly("before", "after");
        } finally {
            kafka.stop();
        }
    }

    @Test
    void signsTokensWithGeneratedKeys(@TempDir Path dir) throws Exception {
        JwtKeys keys = JwtKeys.in(dir);
        String token = keys.token("officer", Set.of("commune-officer"), Map.of("commune_code", "05908"), Duration.ofMinutes(5));
        assertThat(token.split("\\.")).hasSize(3);
        assertThat(JwtKeys.in(dir).publicKeyLocation()).exists();
    }

    private static void send(EmbeddedKafkaServer kafka, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("smoke", "key", value)).get();
        }
    }

    private static List<String> readAll(EmbeddedKafkaServer kafka) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "smoke",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("smoke"));
            long end = System.currentTimeMillis() + 20000;
            while (values.size() < 2 && System.currentTimeMillis() < end) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
