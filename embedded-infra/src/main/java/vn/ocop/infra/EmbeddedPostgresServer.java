package vn.ocop.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Owns one real PostgreSQL server started from the zonky binaries: one database per service, stopped by SIGTERM.
 * Durable by default ({@code fsync}, {@code full_page_writes} and {@code synchronous_commit} on, so a power cut loses
 * nothing committed); tests may start it without them for speed.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean durable;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, boolean durable) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.durable = durable;
    }

    /**
     * Starts PostgreSQL on the given port (0 = any free port) keeping its files in {@code dataDirectory}; an existing
     * data directory is reused, so data survives a restart.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) throws IOException {
        return start(dataDirectory, port, true);
    }

    /**
     * As {@link #start(Path, int)}; {@code durable = false} turns {@code fsync}, {@code synchronous_commit} and
     * {@code full_page_writes} off (tests: a crash of the machine may lose recent commits, a process kill does not).
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean durable) throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphan(dataDirectory);
        return new EmbeddedPostgresServer(builder(dataDirectory, port, durable).start(), dataDirectory, durable);
    }

    private static EmbeddedPostgres.Builder builder(Path dataDirectory, int port, boolean durable) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300");
        if (!durable) {
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        return builder;
    }

    /**
     * Stops the server with a fast shutdown (open sessions are disconnected, as in a database restart), waits
     * {@code downFor}, then starts it again on the same port and files.
     */
    public void restart(Duration downFor) throws IOException {
        int port = port();
        postgres.close();
        try {
            Thread.sleep(downFor.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while PostgreSQL was down", e);
        }
        postgres = builder(dataDirectory, port, durable).start();
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists already. */
    public void createDatabase(String database) {
        try (PostgresAdmin admin = PostgresAdmin.connect(port())) {
            admin.createDatabase(database);
        }
    }

    /** Creates a service's database with its owner and runtime roles unless they exist already. */
    public ServiceDatabase createServiceDatabase(String database) {
        try (PostgresAdmin admin = PostgresAdmin.connect(port())) {
            return admin.createServiceDatabase(database);
        }
    }

    /** Smart shutdown by SIGTERM to the postmaster; a fast shutdown through pg_ctl only if it is still up after 20 s. */
    @Override
    public void close() throws IOException {
        Optional<ProcessHandle> postmaster = postmaster(dataDirectory);
        postmaster.ifPresent(ProcessHandle::destroy);
        postmaster.ifPresent(EmbeddedPostgresServer::awaitExit);
        // releases the data directory lock; stops the server (fast mode) only if SIGTERM did not
        postgres.close();
    }

    /** A server left running by a crashed launcher is stopped (SIGTERM) before a new one starts on the same files. */
    private static void stopOrphan(Path dataDirectory) {
        postmaster(dataDirectory).ifPresent(handle -> {
            handle.destroy();
            awaitExit(handle);
        });
    }

    private static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean awaitExit(ProcessHandle handle) {
        try {
            handle.onExit().get(20, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return !handle.isAlive();
        }
    }
}
