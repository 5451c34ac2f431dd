package vn.ocop.localstack;

import vn.ocop.infra.KafkaMain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds and stops the broker JVM of an {@code EmbeddedKafkaServer} directory by its pid file. The JVM's
 * {@code ProcessHandle.Info.commandLine()} is cut at 4096 characters, before the broker's main class on its long class
 * path, so the process is recognised from {@code /proc/<pid>/cmdline} where there is one.
 */
final class KafkaProcess {

    private KafkaProcess() {
    }

    static Optional<ProcessHandle> find(Path kafkaDirectory) {
        Path pidFile = kafkaDirectory.resolve("kafka.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(KafkaProcess::isBroker);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGTERM, then waits up to 60 s (controlled shutdown); killed only if still there. */
    static void stop(Path kafkaDirectory) {
        find(kafkaDirectory).ifPresent(handle -> {
            handle.destroy();
            try {
                handle.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        });
    }

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
}
