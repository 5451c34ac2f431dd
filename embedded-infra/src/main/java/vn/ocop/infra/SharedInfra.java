package vn.ocop.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Owns the one PostgreSQL and one Kafka of a test JVM. Quarkus may load test resources in several class loaders, so
 * what was started is recorded in system properties (plain strings every loader sees), and stopped by a JVM shutdown hook.
 */
public final class SharedInfra {

    public static final String PG_PORT = "ocop.infra.postgres.port";
    public static final String KAFKA_DIR = "ocop.infra.kafka.dir";
    public static final String KAFKA_PORT = "ocop.infra.kafka.port";
    public static final String JWT_DIR = "ocop.infra.jwt.dir";

    private SharedInfra() {
    }

    /** Starts (once per JVM) PostgreSQL and returns its port. */
    public static synchronized int postgresPort() {
        String port = System.getProperty(PG_PORT);
        if (port != null) {
            return Integer.parseInt(port);
        }
        try {
            Path dir = Files.createTempDirectory("ocop-pg-");
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0, false); // tests: no fsync
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM is going away
                }
            }, "stop-postgres"));
            System.setProperty(PG_PORT, Integer.toString(server.port()));
            return server.port();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /** Creates the database (once) on the shared server and returns its JDBC URL. */
    public static synchronized String database(String name) {
        return serviceDatabase(name).jdbcUrl();
    }

    /** Creates a service's database with its owner and runtime roles (once) on the shared server. */
    public static synchronized ServiceDatabase serviceDatabase(String name) {
        int port = postgresPort();
        String key = "ocop.infra.postgres.db." + name;
        if (System.getProperty(key) == null) {
            try (var pg = PostgresAdmin.connect(port)) {
                pg.createServiceDatabase(name);
            }
            System.setProperty(key, "created");
        }
        return ServiceDatabase.of("jdbc:postgresql://localhost:" + port + "/" + name, name);
    }

    /** Starts (once per JVM) Kafka and returns a handle that can stop and restart that same broker. */
    public static synchronized EmbeddedKafkaServer kafka() {
        String dir = System.getProperty(KAFKA_DIR);
        if (dir != null) {
            return EmbeddedKafkaServer.at(Path.of(dir), Integer.parseInt(System.getProperty(KAFKA_PORT)));
        }
        try {
            Path directory = Files.createTempDirectory("ocop-kafka-");
            EmbeddedKafkaServer kafka = EmbeddedKafkaServer.at(directory, EmbeddedKafkaServer.freePort()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "stop-kafka"));
            System.setProperty(KAFKA_DIR, directory.toString());
            System.setProperty(KAFKA_PORT, Integer.toString(kafka.port()));
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded Kafka", e);
        }
    }

    /** The JVM's token signer (keys generated once into a temporary folder). */
    public static synchronized JwtKeys jwt() {
        try {
            String dir = System.getProperty(JWT_DIR);
            if (dir == null) {
                dir = Files.createTempDirectory("ocop-jwt-").toString();
                System.setProperty(JWT_DIR, dir);
            }
            return JwtKeys.in(Path.of(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
