package vn.ocop.infra;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of the child JVM that runs the broker: formats KRaft storage on first use, exits when the parent JVM
 * dies (no orphaned brokers), then hands over to {@code kafka.Kafka}.
 */
public final class KafkaMain {

    private KafkaMain() {
    }

    public static void main(String[] args) throws Exception {
        String config = args[0];
        long parentPid = Long.parseLong(args[1]);
        Path directory = Path.of(config).getParent();
        if (!Files.exists(directory.resolve("data").resolve("meta.properties"))) {
            String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
            int rc = kafka.tools.StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", config,
                    "--ignore-formatted"}, new PrintStream(System.out, true));
            if (rc != 0) {
                System.err.println("storage format failed: " + rc);
                System.exit(rc);
            }
        }
        Thread watchdog = new Thread(() -> {
            ProcessHandle.of(parentPid).ifPresent(parent -> {
                try {
                    parent.onExit().get();
                } catch (Exception e) {
                    // fall through to exit
                }
            });
            // a single-node KRaft shutdown can hang in the raft driver: give it 10 s, then halt
            Thread halt = new Thread(() -> {
                sleep(10_000);
                Runtime.getRuntime().halt(0);
            }, "halt-after-grace");
            halt.setDaemon(true);
            halt.start();
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Thread halt = new Thread(() -> {
                sleep(15_000);
                Runtime.getRuntime().halt(0);
            }, "halt-after-grace");
            halt.setDaemon(true);
            halt.start();
        }, "shutdown-deadline"));
        kafka.Kafka.main(new String[] {config});
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
