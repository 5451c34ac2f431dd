package vn.ocop.infra.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.ocop.infra.EmbeddedKafkaServer;
import vn.ocop.infra.SharedInfra;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a Quarkus test at the JVM's shared real PostgreSQL (its own database, named by the {@code database} init arg,
 * reached as its runtime role and migrated as its owner, see {@link vn.ocop.infra.ServiceDatabase}) and real Kafka, and at the test token signer's public key. Dev Services stay off.
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
        // the service as its runtime role (DML only), the migrations as the owner, as deployed
        config.putAll(SharedInfra.serviceDatabase(database).quarkusConfig());
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
