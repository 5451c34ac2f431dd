package vn.ocop.infra.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.ocop.infra.EmbeddedKafkaServer;
import vn.ocop.infra.EmbeddedPostgresServer;
import vn.ocop.infra.SharedInfra;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a Quarkus test at the JVM's shared real PostgreSQL (its own database, named by the {@code database} init arg)
 * and real Kafka, and at the test token signer's public key. Dev Services stay off.
 */
public class InfraTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", SharedInfra.database(database));
        config.put("quarkus.datasource.username", EmbeddedPostgresServer.USER);
        config.put("quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD);
        EmbeddedKafkaServer kafka = SharedInfra.kafka();
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("ocop.test.kafka.dir", kafka.directory().toString());
        config.put("ocop.test.kafka.port", Integer.toString(kafka.port()));
        config.putAll(SharedInfra.jwt().verifierConfig());
        return config;
    }

    @Override
    public void stop() {
        // shared for the whole JVM: stopped by SharedInfra's shutdown hook
    }
}
