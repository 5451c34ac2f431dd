package vn.ocop.localstack;

import vn.ocop.contract.Topics;
import vn.ocop.infra.EmbeddedKafkaServer;
import vn.ocop.infra.EmbeddedPostgresServer;
import vn.ocop.infra.JwtKeys;
import vn.ocop.infra.ServiceDatabase;
import vn.ocop.localstack.keycloak.KeycloakServer;
import vn.ocop.localstack.keycloak.LocalRealm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Owns a whole running system on one machine: a real PostgreSQL (databases {@code registry} and {@code traceability}),
 * a real Kafka in KRaft mode with the registry topics, the JWT signing keys, and both services as child JVMs started
 * from their {@code target/quarkus-app/quarkus-run.jar}. Used by {@link Main}, the system tests and the benchmark.
 * Stopping goes in reverse: services (SIGTERM, wait), then Kafka, then PostgreSQL.
 */
public final class LocalStack implements AutoCloseable {

    public static final String REGISTRY = "registry-service";
    public static final String TRACEABILITY = "traceability-service";
    public static final String REGISTRY_DATABASE = "registry";
    public static final String TRACEABILITY_DATABASE = "traceability";
    public static final String KEYCLOAK_DATABASE = "keycloak";
    /** Environment placeholder of the realm file for the registry's provisioning client. */
    public static final String REGISTRY_CLIENT_SECRET = "OCOP_REGISTRY_CLIENT_SECRET";

    /**
     * Where registry-service/pom.xml puts the registry's second build, the one with {@code /admin/clock}
     * ({@code ocop.clock.endpoint=true}, made whenever tests run): what the system and fault tests run.
     */
    public static final String TEST_CLOCK_APPLICATION = "test-clock";

    private final Settings settings;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Map<String, ServiceDatabase> databases = new HashMap<>();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaServer kafka;
    private JwtKeys jwt;
    private ServiceProcess registry;
    private ServiceProcess traceability;
    private LocalTls tls;
    private LocalMail mail;
    private final List<ServiceProcess> registries = new ArrayList<>();
    private final List<ServiceProcess> traceabilities = new ArrayList<>();
    private Replicas replicas = new Replicas(1, false);
    private boolean closed;
    /** Keycloak ports when the stack runs with Keycloak ({@link Builder#keycloak(int, int)}), else null. */
    private int[] keycloakPorts;
    private KeycloakServer keycloak;

    private LocalStack(Settings settings) {
        this.settings = settings;
    }

    /**
     * How many instances of each service run ({@code count}), and where the second and later ones listen: the ports
     * after the first instance's ({@code consecutivePorts}) or free ports.
     */
    record Replicas(int count, boolean consecutivePorts) {
    }

    public static Builder builder() {
        return new Builder();
    }

    public URI registryUrl() {
        return registry.url();
    }

    public URI traceabilityUrl() {
        return traceability.url();
    }

    /** The public base of Digital Link URIs (the traceability service's resolver; its HTTPS address with TLS on). */
    public String resolverBaseUrl() {
        if (settings.resolverBaseUrl() != null) {
            return settings.resolverBaseUrl();
        }
        return settings.tls() ? resolverTlsUrl().toString() : traceabilityUrl().toString();
    }

    /** The traceability service over HTTPS (TLS on only). */
    public URI resolverTlsUrl() {
        if (!settings.tls()) {
            throw new IllegalStateException("the local stack was started without TLS");
        }
        return URI.create("https://localhost:" + settings.tlsPort());
    }

    /** The self-signed certificate the resolver serves HTTPS with; null without TLS. */
    public LocalTls tls() {
        return tls;
    }

    /** The signer whose public key both services verify with. */
    public JwtKeys jwt() {
        return jwt;
    }

    /** The broker (bootstrap servers, port, data); to stop and start it use {@link #stopKafka()}, {@link #startKafka()}. */
    public EmbeddedKafkaServer kafka() {
        return kafka;
    }

    /** Stops the broker by SIGTERM (controlled shutdown) and waits for it, as in an outage. */
    public void stopKafka() {
        kafka.stop();
    }

    /** Starts the broker again on the same port and data. */
    public void startKafka() throws IOException {
        kafka.start();
    }

    public boolean kafkaRunning() {
        return kafka.isRunning();
    }

    public int postgresPort() {
        return postgres.port();
    }

    /** The repository the services were built in (criteria sets and other shipped data are read from it). */
    public Path repositoryRoot() {
        return settings.repositoryRoot();
    }

    public Path dataDirectory() {
        return settings.dataDirectory();
    }

    public ServiceProcess registry() {
        return registry;
    }

    public ServiceProcess traceability() {
        return traceability;
    }

    /** The SMTP server receiving the registry's e-mails and the page that lists them. */
    public LocalMail mail() {
        return mail;
    }

    /** Every registry instance, the first being {@link #registry()}. */
    public List<ServiceProcess> registries() {
        return List.copyOf(registries);
    }

    /** Every traceability instance, the first being {@link #traceability()}. */
    public List<ServiceProcess> traceabilities() {
        return List.copyOf(traceabilities);
    }

    /** The PostgreSQL server (for a restart in fault tests). */
    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    private LocalStack withReplicas(Replicas replicas) {
        this.replicas = replicas;
        return this;
    }

    private LocalStack withKeycloak(int[] ports) {
        this.keycloakPorts = ports;
        return this;
    }

    private LocalStack start() throws IOException {
        if (settings.stopOnExit()) {
            // registered first, so that Ctrl-C while starting also stops what was already started
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-local-stack"));
        }
        Path data = settings.dataDirectory();
        stopLeftovers(data);
        if (settings.fresh()) {
            deleteRecursively(data);
        }
        Files.createDirectories(data);
        try {
            // durable unless the data is thrown away afterwards anyway (tests, benchmark)
            postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), settings.postgresPort(),
                    !settings.temporary());
            databases.put(REGISTRY_DATABASE, postgres.createServiceDatabase(REGISTRY_DATABASE));
            databases.put(TRACEABILITY_DATABASE, postgres.createServiceDatabase(TRACEABILITY_DATABASE));
            kafka = EmbeddedKafkaServer.at(data.resolve("kafka"), settings.kafkaPort()).start();
            kafka.createTopic(Topics.REGISTRY_EVENTS, Topics.REGISTRY_EVENTS_PARTITIONS);
            kafka.createTopic(Topics.REGISTRY_EVENTS_DLQ, 1);
            jwt = JwtKeys.in(data.resolve("jwt"));
            if (settings.tls()) {
                tls = LocalTls.in(data.resolve("tls"));
            }
            mail = LocalMail.start(3025, 8025);
            if (keycloakPorts != null) {
                startKeycloak(data);
            }
            ensureNotClosed();
            registry = service(REGISTRY, settings.registryPort(), REGISTRY_DATABASE);
            traceability = service(TRACEABILITY, settings.traceabilityPort(), TRACEABILITY_DATABASE);
            registries.add(registry);
            traceabilities.add(traceability);
            for (int i = 2; i <= replicas.count(); i++) {
                registries.add(replica(REGISTRY, i, settings.registryPort(), REGISTRY_DATABASE));
                traceabilities.add(replica(TRACEABILITY, i, settings.traceabilityPort(), TRACEABILITY_DATABASE));
            }
            // both JVMs boot side by side; readiness is awaited after both were launched
            for (ServiceProcess service : services) {
                ensureNotClosed();
                service.launch();
            }
            for (ServiceProcess service : services) {
                service.awaitReady();
            }
            return this;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A shutdown while starting (Ctrl-C) must not be followed by more processes being launched. */
    private synchronized void ensureNotClosed() throws IOException {
        if (closed) {
            throw new IOException("the local stack was stopped while starting");
        }
    }

    private ServiceProcess service(String name, int port, String database) {
        return service(name, 1, port, database);
    }

    /** Instance {@code index} (2, 3, …) of a service: its own port, log, pid file and Kafka group instance id. */
    private ServiceProcess replica(String name, int index, int firstPort, String database) {
        int port = replicas.consecutivePorts() ? firstPort + index - 1 : EmbeddedKafkaServer.freePort();
        return service(name, index, port, database);
    }

    private ServiceProcess service(String name, int index, int port, String database) {
        Map<String, String> env = new HashMap<>();
        env.put("OCOP_KAFKA_INSTANCE_ID", name + "-" + index);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.putAll(databases.get(database).environment());   // runtime role (DML only); migrations as the owner
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwt.publicKeyLocation().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", JwtKeys.ISSUER);
        env.put("OCOP_RESOLVER_BASE_URL", settings.resolverBaseUrl() != null ? settings.resolverBaseUrl()
                : settings.tls() ? "https://localhost:" + settings.tlsPort()
                : "http://localhost:" + settings.traceabilityPort());
        if (tls != null && TRACEABILITY.equals(name)) {
            // Quarkus serves HTTPS (HTTP/2 by ALPN) from the default TLS configuration; plain HTTP stays for the
            // local tools and health checks
            env.put("QUARKUS_HTTP_SSL_PORT", Integer.toString(settings.tlsPort()));
            env.put("QUARKUS_TLS_KEY_STORE_P12_PATH", tls.keyStore().toString());
            env.put("QUARKUS_TLS_KEY_STORE_P12_PASSWORD", tls.password());
        }
        // webhooks of local partners may call receivers on this machine over plain HTTP (refused in production)
        env.put("OCOP_OUTBOUND_ALLOW_HTTP", "true");
        env.put("OCOP_OUTBOUND_ALLOWED_NETWORKS", "127.0.0.0/8,::1");
        // e-mails go to the local GreenMail; links in them point at the registry
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", Integer.toString(mail.smtpPort()));
        env.put("OCOP_NOTIFICATIONS_LINK_BASE", "http://localhost:" + settings.registryPort());
        // tracing: spans are exported only when a collector is named (QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT)
        if (System.getenv("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT") == null) {
            env.put("QUARKUS_OTEL_SDK_DISABLED", "true");
        }
        // images and dossier attachments on the filesystem under .local-stack/media/{service}
        env.put("OCOP_MEDIA_STORAGE_KIND", "FILESYSTEM");
        env.put("OCOP_MEDIA_STORAGE_ROOT", settings.dataDirectory().resolve("media").resolve(name).toAbsolutePath()
                .toString());
        env.put("OCOP_MEDIA_PUBLIC_BASE_URL", "http://localhost:" + port);
        // minted demo tokens live 12 h (production default: 1 h since issue)
        env.put("MP_JWT_VERIFY_TOKEN_AGE", Long.toString(DemoTokens.LIFETIME.toSeconds()));
        // a front end in development (Vite's default port) may call the API from the browser
        env.put("QUARKUS_HTTP_CORS_ORIGINS", "http://localhost:5173");
        if (keycloak != null) {
            env.putAll(keycloakEnvironment());
        }
        env.putAll(settings.serviceEnvironment());
        Path jar = settings.repositoryRoot().resolve(name).resolve("target")
                .resolve(settings.applicationDirectories().getOrDefault(name, "quarkus-app")).resolve("quarkus-run.jar");
        ServiceProcess service = new ServiceProcess(index == 1 ? name : name + "-" + index, jar, port,
                settings.dataDirectory(), env, settings.serviceJvmOptions());
        services.add(service);
        return service;
    }

    /** The stack's Keycloak (realm {@code ocop}), or null when it runs with minted tokens only. */
    public KeycloakServer keycloak() {
        return keycloak;
    }

    /**
     * Keycloak on the embedded PostgreSQL (database {@code keycloak}), realm imported with the local test client and
     * demo users; the registry's provisioning client secret is generated once into the data directory.
     */
    private void startKeycloak(Path data) throws IOException {
        postgres.createDatabase(KEYCLOAK_DATABASE);
        Path secret = data.resolve("keycloak").resolve("registry-client-secret");
        if (!Files.exists(secret)) {
            Files.createDirectories(secret.getParent());
            Files.writeString(secret, UUID.randomUUID().toString());
        }
        Path adminPassword = data.resolve("keycloak").resolve("admin-password");
        if (!Files.exists(adminPassword)) {
            Files.writeString(adminPassword, UUID.randomUUID().toString());
        }
        keycloak = KeycloakServer.start(settings.repositoryRoot(), data, keycloakPorts[0], keycloakPorts[1],
                postgres.jdbcUrl(KEYCLOAK_DATABASE), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD,
                Files.readString(adminPassword).trim(),
                LocalRealm.withTestClient(settings.repositoryRoot(), LocalRealm.DEMO_USERS),
                Map.of(REGISTRY_CLIENT_SECRET, Files.readString(secret).trim()));
        registryClientSecret = Files.readString(secret).trim();
    }

    private String registryClientSecret;

    /** Services verify the realm's tokens (issuer, JWKS); the registry provisions accounts through its client. */
    private Map<String, String> keycloakEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("MP_JWT_VERIFY_ISSUER", keycloak.issuer());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.jwksUrl());
        env.put("MP_JWT_VERIFY_TOKEN_AGE", "3600");
        env.put("OCOP_ACCOUNTS_KEYCLOAK_URL", keycloak.url().toString());
        env.put("OCOP_ACCOUNTS_REALM", KeycloakServer.REALM);
        env.put("OCOP_ACCOUNTS_CLIENT_ID", "ocop-registry");
        env.put("OCOP_ACCOUNTS_CLIENT_SECRET", registryClientSecret);
        return env;
    }

    /** Services (SIGTERM, wait), then Keycloak, then Kafka, then PostgreSQL (SIGTERM). Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        services.parallelStream().forEach(ServiceProcess::stop);
        if (mail != null) {
            mail.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (kafka != null) {
            stopKafka();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
        if (settings.temporary()) {
            try {
                deleteRecursively(settings.dataDirectory());
            } catch (IOException e) {
                System.err.println("could not delete " + settings.dataDirectory() + ": " + e.getMessage());
            }
        }
    }

    /** What a launcher that was killed may have left running on this data directory is stopped first. */
    private static void stopLeftovers(Path data) {
        // every instance's pid file (replicas included): what is still alive from a killed launcher is stopped
        try (Stream<Path> pidFiles = Files.isDirectory(data.resolve("pids")) ? Files.list(data.resolve("pids"))
                : Stream.empty()) {
            pidFiles.filter(f -> f.getFileName().toString().endsWith(".pid")).forEach(ServiceProcess::stopLeftover);
        } catch (IOException e) {
            // no readable pid folder: nothing is running from it
        }
        KeycloakServer.stopLeftover(data);
        EmbeddedKafkaServer.at(data.resolve("kafka"), 0).stop();
        // PostgreSQL: a postmaster still running on these files gets SIGTERM (smart shutdown), as a normal stop would.
        Path postmasterPid = data.resolve("postgres").resolve("postmaster.pid");
        try {
            if (Files.exists(postmasterPid)) {
                long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
                ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(handle -> {
                    handle.destroy();
                    try {
                        handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        handle.destroyForcibly();
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            // no readable pid: nothing is running there
        }
    }

    static boolean portInUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The repository root: the nearest folder up from {@code start} holding both service modules. */
    public static Path findRepositoryRoot(Path start) {
        String configured = System.getProperty("ocop.repo.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(REGISTRY)) && Files.isDirectory(dir.resolve(TRACEABILITY))
                    && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (with " + REGISTRY + "/ and " + TRACEABILITY
                + "/) above " + start.toAbsolutePath() + "; set -Docop.repo.root");
    }

    /** What a stack is started with. */
    public record Settings(Path repositoryRoot, Path dataDirectory, boolean fresh, int registryPort,
                           int traceabilityPort, int postgresPort, int kafkaPort, String resolverBaseUrl,
                           Map<String, String> serviceEnvironment, List<String> serviceJvmOptions,
                           boolean stopOnExit, boolean temporary, boolean tls, int tlsPort,
                           Map<String, String> applicationDirectories) {
    }

    /** Ports default to the local-stack ones (8081, 8082, 5433, 9092); {@link #freePorts()} for tests. */
    public static final class Builder {
        private Path repositoryRoot;
        private Path dataDirectory;
        private boolean fresh;
        private boolean stopOnExit;
        private boolean temporary;
        private int registryPort = 8081;
        private int traceabilityPort = 8082;
        private int postgresPort = 5433;
        private int kafkaPort = 9092;
        private String resolverBaseUrl;
        private boolean tls;
        private int tlsPort = 8443;
        private final Map<String, String> serviceEnvironment = new HashMap<>();
        private final Map<String, String> applicationDirectories = new HashMap<>();
        private List<String> serviceJvmOptions = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC");
        private Replicas replicas = new Replicas(1, false);

        /**
         * Runs {@code count} instances of each service on the same databases and Kafka; the second and later listen
         * on the ports right after the first instance's ({@code consecutivePorts}) or on free ports.
         */
        public Builder replicas(int count, boolean consecutivePorts) {
            if (count < 1) {
                throw new IllegalArgumentException("replicas must be at least 1");
            }
            this.replicas = new Replicas(count, consecutivePorts);
            return this;
        }

        private int[] keycloakPorts;

        /** Also runs Keycloak (HTTP and management ports) and makes both services verify its tokens. */
        public Builder keycloak(int port, int managementPort) {
            this.keycloakPorts = new int[] {port, managementPort};
            return this;
        }

        /** Keycloak on the free ports (tests). */
        public Builder keycloakOnFreePorts() {
            return keycloak(EmbeddedKafkaServer.freePort(), EmbeddedKafkaServer.freePort());
        }

        public Builder repositoryRoot(Path root) {
            this.repositoryRoot = root;
            return this;
        }

        /** Kept across runs (data survives restarts) unless {@link #fresh(boolean)}. */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = directory;
            return this;
        }

        /** Wipes the data directory before starting. */
        public Builder fresh(boolean fresh) {
            this.fresh = fresh;
            return this;
        }

        public Builder ports(int registry, int traceability, int postgres, int kafka) {
            this.registryPort = registry;
            this.traceabilityPort = traceability;
            this.postgresPort = postgres;
            this.kafkaPort = kafka;
            return this;
        }

        /** Every port picked free on the loopback interface (tests, benchmark). */
        public Builder freePorts() {
            this.tlsPort = EmbeddedKafkaServer.freePort();
            return ports(EmbeddedKafkaServer.freePort(), EmbeddedKafkaServer.freePort(), 0,
                    EmbeddedKafkaServer.freePort());
        }

        /**
         * The resolver also over HTTPS (port 8443, or a free one), with a self-signed certificate generated once into
         * the data directory; Digital Links then use the HTTPS address unless {@link #resolverBaseUrl} says otherwise.
         */
        public Builder tls(boolean tls) {
            this.tls = tls;
            return this;
        }

        /** Defaults to the traceability service's own URL. */
        public Builder resolverBaseUrl(String url) {
            this.resolverBaseUrl = url;
            return this;
        }

        /** Extra environment for both services (for example {@code QUARKUS_LOG_LEVEL}). */
        public Builder serviceEnvironment(String name, String value) {
            serviceEnvironment.put(name, value);
            return this;
        }

        /**
         * Runs {@code service} from {@code target/<directory>/quarkus-run.jar} instead of {@code target/quarkus-app}
         * (the system tests run the registry built with its test clock, {@code test-clock}).
         */
        public Builder application(String service, String directory) {
            applicationDirectories.put(service, directory);
            return this;
        }

        /** Fresh data in a new temporary folder, deleted when the stack stops (tests, benchmark). */
        public Builder temporary() {
            this.temporary = true;
            this.fresh = true;
            return this;
        }

        /** Stops everything when the JVM exits (Ctrl-C included, also while starting). */
        public Builder stopOnExit() {
            this.stopOnExit = true;
            return this;
        }

        public Builder serviceJvmOptions(List<String> options) {
            this.serviceJvmOptions = List.copyOf(options);
            return this;
        }

        /** One more JVM option of the services, after the others (e.g. a flight recording). */
        public Builder addServiceJvmOption(String option) {
            return serviceJvmOptions(Stream.concat(serviceJvmOptions.stream(), Stream.of(option)).toList());
        }

        public LocalStack start() throws IOException {
            Path root = repositoryRoot != null ? repositoryRoot : findRepositoryRoot(Path.of(""));
            Path data = temporary ? Files.createTempDirectory("ocop-local-stack-")
                    : dataDirectory != null ? dataDirectory : root.resolve(".local-stack");
            return new LocalStack(new Settings(root, data.toAbsolutePath(), fresh, registryPort, traceabilityPort,
                    postgresPort, kafkaPort, resolverBaseUrl, Map.copyOf(serviceEnvironment), serviceJvmOptions,
                    stopOnExit, temporary, tls, tlsPort, Map.copyOf(applicationDirectories)))
                    .withReplicas(replicas)
                    .withKeycloak(keycloakPorts)
                    .start();
        }

        /** {@link #start()} for callers that cannot throw checked exceptions (test extensions). */
        public LocalStack startUnchecked() {
            try {
                return start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
