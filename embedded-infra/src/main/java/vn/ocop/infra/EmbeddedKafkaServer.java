package vn.ocop.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Owns one real Kafka broker in KRaft combined mode (broker + controller), run from the Apache Kafka jars in a child
 * JVM so that its dependencies never meet the services' class path. Its state is only files (config, pid, logs), so any
 * class loader can stop and start the same broker again on the same port and data.
 */
public final class EmbeddedKafkaServer {

    private final Path directory;
    private final int port;

    private EmbeddedKafkaServer(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Describes (does not start) a broker keeping its data in {@code directory} and listening on {@code port}. */
    public static EmbeddedKafkaServer at(Path directory, int port) {
        return new EmbeddedKafkaServer(directory, port);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path directory() {
        return directory;
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process().isPresent();
    }

    /** Starts the broker (formatting its storage on first use) and waits until it answers an admin request. */
    public EmbeddedKafkaServer start() throws IOException {
        if (isRunning()) {
            return this;
        }
        Files.createDirectories(directory);
        Path config = writeConfig();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xms128m");
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-Dlog4j2.level=WARN");
        command.add("-cp");
        command.add(classPath());
        command.add(KafkaMain.class.getName());
        command.add(config.toString());
        command.add(Long.toString(ProcessHandle.current().pid()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("kafka.log").toFile()))
                .start();
        Files.writeString(directory.resolve("kafka.pid"), Long.toString(process.pid()));
        awaitReady(process);
        return this;
    }

    /** Stops the broker by SIGTERM (controlled shutdown) and waits for it to exit. */
    public void stop() {
        end(false);
    }

    /** Kills the broker with SIGKILL (no controlled shutdown, as in a crash) and waits for it to be gone. */
    public void kill() {
        end(true);
    }

    private void end(boolean kill) {
        process().ifPresent(handle -> {
            if (kill) {
                handle.destroyForcibly();
            } else {
                handle.destroy();
            }
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        });
    }

    /** Creates the topic with the given partitions unless it exists. */
    public void createTopic(String name, int partitions) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + name, e.getCause());
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topic " + name, e);
        }
    }

    /** A free TCP port on the loopback interface. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    private Optional<ProcessHandle> process() {
        Path pidFile = directory.resolve("kafka.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive)
                    .filter(EmbeddedKafkaServer::isBroker);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the process is our broker JVM. {@code ProcessHandle.Info.commandLine()} is cut at 4096 characters, before
     * the main class on the long class path, so {@code /proc/<pid>/cmdline} is read where there is one.
     */
    private static boolean isBroker(ProcessHandle handle) {
        Path cmdline = Path.of("/proc", Long.toString(handle.pid()), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                return new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).contains(KafkaMain.class.getName());
            }
        } catch (IOException e) {
            // fall back to what the JVM reports
        }
        return handle.info().command().map(command -> command.contains("java")).orElse(false);
    }

    private Path writeConfig() throws IOException {
        Path configFile = directory.resolve("server.properties");
        Path controllerPortFile = directory.resolve("controller.port");
        int controllerPort = Files.exists(controllerPortFile)
                ? Integer.parseInt(Files.readString(controllerPortFile).trim()) : freePort();
        Files.writeString(controllerPortFile, Integer.toString(controllerPort));
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", directory.resolve("data").toString());
        p.setProperty("num.partitions", "6");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "6");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("log.flush.interval.messages", "1000000");
        try (Writer w = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
            p.store(w, "embedded Kafka (KRaft combined mode)");
        }
        return configFile;
    }

    private void awaitReady(Process process) throws IOException {
        // -Docop.kafka.start-timeout-seconds on slow, busy machines
        long timeout = Long.getLong("ocop.kafka.start-timeout-seconds", 90);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(timeout));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Kafka exited with " + process.exitValue() + ", see " + directory.resolve("kafka.log"));
            }
            if (portOpen()) {
                try (Admin admin = admin()) {
                    admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    // not ready yet
                }
            }
            sleep(200);
        }
        process.destroy();
        throw new IOException("Kafka did not start within " + timeout + " s, see " + directory.resolve("kafka.log"));
    }

    private boolean portOpen() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String classPath() throws IOException {
        String kafkaJars;
        try (InputStream in = EmbeddedKafkaServer.class.getResourceAsStream("kafka-classpath.txt")) {
            if (in == null) {
                throw new IOException("kafka-classpath.txt missing: build embedded-infra with Maven");
            }
            kafkaJars = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        try {
            Path self = Path.of(KafkaMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return self + java.io.File.pathSeparator + kafkaJars;
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
