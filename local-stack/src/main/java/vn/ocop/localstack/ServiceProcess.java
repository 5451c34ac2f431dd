package vn.ocop.localstack;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Owns one Quarkus fast-jar service run as a child JVM: its environment, its log file, its pid file (so a launcher that
 * was killed leaves nothing behind for the next one), readiness and a graceful SIGTERM stop.
 */
public final class ServiceProcess {

    /** How long a JVM may take to be ready; {@code -Docop.local-stack.ready-timeout-seconds} on slow, busy machines. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(
            Long.getLong("ocop.local-stack.ready-timeout-seconds", 180));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** How often {@link #awaitReady()} asks for readiness. */
    private static final Duration READY_POLL = Duration.ofMillis(250);

    private final String name;
    private final Path jar;
    private final int port;
    private final Path logFile;
    private final Path pidFile;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private Process process;

    ServiceProcess(String name, Path jar, int port, Path runDirectory, Map<String, String> environment,
                   List<String> jvmOptions) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.logFile = runDirectory.resolve("logs").resolve(name + ".log");
        this.pidFile = runDirectory.resolve("pids").resolve(name + ".pid");
        this.environment = environment;
        this.jvmOptions = jvmOptions;
    }

    public String name() {
        return name;
    }

    public URI url() {
        return URI.create("http://localhost:" + port);
    }

    public Path logFile() {
        return logFile;
    }

    /** Launches the JVM; returns at once (see {@link #awaitReady()}). */
    void launch() throws IOException {
        launch(List.of());
    }

    /** {@link #launch()} with {@code extraJvmOptions} after the stack's own, for this launch only. */
    private void launch(List<String> extraJvmOptions) throws IOException {
        launch(null, extraJvmOptions);
    }

    /** {@link #launch(List)} on the {@code launcher} given (a {@code java}; null: the launcher's own), this once. */
    private void launch(Path launcher, List<String> extraJvmOptions) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build it with ./mvnw -B -DskipTests install (run-local.sh does)");
        }
        Files.createDirectories(logFile.getParent());
        Files.createDirectories(pidFile.getParent());
        stopLeftover(pidFile);
        if (LocalStack.portInUse(port)) {
            throw new IOException("port " + port + " for " + name + " is already in use");
        }
        List<String> command = new ArrayList<>();
        command.add(launcher != null ? launcher.toString()
                : ProcessHandle.current().info().command().orElse("java"));
        Stream.concat(jvmOptions.stream(), extraJvmOptions.stream())
                .forEach(option -> command.add(option.replace("{service}", name)));   // per-service file names
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        Files.writeString(logFile, "---- " + Instant.now() + " starting " + name + " on port " + port + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        process = builder.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the end of the log when the JVM exits first. */
    void awaitReady() throws IOException {
        awaitReady(READY_POLL);
    }

    /** {@link #awaitReady()} asking every {@code poll}. */
    private void awaitReady(Duration poll) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(url().resolve("/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        int lastStatus = -1;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + " before it was ready; log "
                        + logFile + ":\n" + tail(logFile, 40));
            }
            try {
                lastStatus = client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + name, e);
            } catch (IOException e) {
                // starting up
            }
            sleep(poll.toMillis());
        }
        throw new IOException(name + " not ready within " + READY_TIMEOUT.toSeconds() + " s (last health status "
                + lastStatus + "); log " + logFile + ":\n" + tail(logFile, 40));
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** SIGTERM (Quarkus shuts down gracefully), then waits; kills only if it is still there after 30 s. */
    public void stop() {
        if (process == null) {
            return;
        }
        terminate(process.toHandle());
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // the pid file is only a hint
        }
    }

    /** Kills the JVM with SIGKILL (no graceful shutdown, as in a crash) and waits until it is gone. */
    public void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            // gone or going
        }
    }

    /** Starts the JVM again (after {@link #kill()} or {@link #stop()}) and waits until it is ready. */
    public void startAgain() throws IOException {
        startAgain(List.of(), READY_POLL);
    }

    /**
     * {@link #startAgain()} with {@code extraJvmOptions} after the stack's own for this launch only (a later
     * {@link #startAgain()} runs with the stack's alone), asking for readiness every {@code readyPoll}: how a benchmark
     * times a start, or a start with other JVM settings, to better than the default quarter of a second.
     */
    public void startAgain(List<String> extraJvmOptions, Duration readyPoll) throws IOException {
        startAgain(null, extraJvmOptions, readyPoll);
    }

    /** {@link #startAgain(List, Duration)} on another Java runtime ({@code launcher}: its java; null: the stack's). */
    public void startAgain(Path launcher, List<String> extraJvmOptions, Duration readyPoll) throws IOException {
        launch(launcher, extraJvmOptions);
        awaitReady(readyPoll);
    }

    /** The port this instance listens on. */
    public int port() {
        return port;
    }

    /** A service JVM left by a launcher that was killed (pid file still there, process alive) is stopped. */
    static void stopLeftover(Path pidFile) {
        leftover(pidFile).ifPresent(ServiceProcess::terminate);
    }

    private static Optional<ProcessHandle> leftover(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().commandLine().map(c -> c.contains("quarkus-run.jar")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void terminate(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
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
