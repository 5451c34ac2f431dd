package vn.ocop.localstack.bench;

import vn.ocop.localstack.LocalStack;
import vn.ocop.localstack.ServiceProcess;
import vn.ocop.localstack.JavaRuntimes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static vn.ocop.localstack.bench.BenchSupport.option;
import static vn.ocop.localstack.bench.BenchSupport.percentile;

/**
 * Times each service's start, from the JVM's launch to the first 200 on {@code /q/health/ready}, on a fresh stack
 * (databases migrated, topics created): N runs with the stack's own JVM options (the baseline) alternating with N runs
 * on a dynamic AppCDS archive, which one training run per service writes when it is stopped with SIGTERM
 * ({@code -XX:ArchiveClassesAtExit}), and, when the machine has a Java 25+ runtime, N runs of the same jar on it with
 * an AOT cache written the same way ({@code -XX:AOTCacheOutput}). Readiness is polled every 20 ms.
 */
public final class Startup {

    private static final Duration READY_POLL = Duration.ofMillis(20);
    private static final long TARGET_MS = 2000;

    private Startup() {
    }

    /** The sorted start times (ms) of one variant. */
    private record Times(List<Long> millis) {
        long median() {
            return percentile(millis, 50);
        }

        String summary() {
            return String.format("median %5d ms, min %5d ms, max %5d ms", median(), millis.get(0),
                    millis.get(millis.size() - 1));
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(option(args, "--runs", "5"));
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        System.out.println("Starting a local stack on free ports with fresh temporary data ...");
        LocalStack stack = LocalStack.builder().temporary().freePorts().stopOnExit().start();
        try {
            // inside the stack's temporary data: deleted with it, also on Ctrl-C
            Path archives = Files.createDirectories(stack.dataDirectory().resolve("appcds"));
            List<String> report = new ArrayList<>();
            for (ServiceProcess service : List.of(stack.registry(), stack.traceability())) {
                report.addAll(measure(service, archives, runs));
            }
            System.out.println();
            report.forEach(System.out::println);
            System.out.println("nproc: " + Runtime.getRuntime().availableProcessors());
        } finally {
            System.out.println("Stopping the stack ...");
            stack.close();
        }
    }

    /** The training run, then the alternating timed runs; returns the service's lines of the report. */
    private static List<String> measure(ServiceProcess service, Path archives, int runs) throws IOException {
        String name = service.name();
        Path archive = archives.resolve(name + ".jsa");
        System.out.printf("%s: training run writing %s ...%n", name, archive);
        long training = restart(service, null, List.of("-XX:ArchiveClassesAtExit=" + archive));
        service.stop();   // SIGTERM: the archive is written as the JVM exits
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IOException("no AppCDS archive at " + archive + " after " + name + " stopped; log "
                    + service.logFile());
        }
        System.out.printf("%s: training run ready in %d ms; archive %.1f MB%n", name, training,
                Files.size(archive) / 1e6);
        Path newer = newerJava();
        Path aotCache = archives.resolve(name + ".aot");
        if (newer != null) {
            System.out.printf("%s: training run on %s writing %s ...%n", name, newer, aotCache);
            service.stop();
            service.startAgain(newer, List.of("-XX:AOTCacheOutput=" + aotCache), READY_POLL);
            service.stop();   // SIGTERM: the cache is written as the JVM exits
            if (!Files.isRegularFile(aotCache)) {
                throw new IOException("no AOT cache at " + aotCache + " after " + name + " stopped; log "
                        + service.logFile());
            }
        }
        List<Long> baseline = new ArrayList<>();
        List<Long> appcds = new ArrayList<>();
        List<Long> aot = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            baseline.add(restart(service, null, List.of()));
            Path cdsLog = archives.resolve(name + "-cds-" + run + ".log");
            appcds.add(restart(service, null, List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive,
                    "-Xlog:cds=info:file=" + cdsLog)));
            warnUnlessMapped(name, cdsLog);
            if (newer != null) {
                aot.add(restart(service, newer, List.of("-XX:AOTCache=" + aotCache)));
            }
            System.out.printf("%s: run %d of %d: baseline %d ms, AppCDS %d ms%s%n", name, run, runs,
                    baseline.get(run - 1), appcds.get(run - 1),
                    newer == null ? "" : ", Java 25 AOT cache " + aot.get(run - 1) + " ms");
        }
        Times before = sorted(baseline);
        Times after = sorted(appcds);
        List<String> lines = new ArrayList<>(List.of(
                name + " (" + runs + " starts each, JVM launch to first 200 on /q/health/ready):",
                "  baseline (the stack's JVM options): " + before.summary(),
                "  AppCDS (dynamic archive):           " + after.summary(),
                String.format("  AppCDS / baseline (medians): %.2f", (double) after.median() / before.median()),
                String.format("  target <= %d ms: baseline %s, AppCDS %s", TARGET_MS, verdict(before),
                        verdict(after))));
        if (newer != null) {
            Times leyden = sorted(aot);
            lines.add("  Java 25 + AOT cache (not deployed):  " + leyden.summary());
            lines.add(String.format("  Java 25 AOT cache / baseline (medians): %.2f; target %s",
                    (double) leyden.median() / before.median(), verdict(leyden)));
        } else {
            lines.add("  (no Java 25+ runtime found: the AOT cache variant was not measured)");
        }
        return lines;
    }

    /**
     * A Java 25+ runtime on this machine (its {@code java}), or null: the services are built for and deployed on
     * Java 17, and the bench also shows what Java 25's AOT cache (JEP 483/514/515: classes loaded and linked, and
     * method profiles, from a training run) does to the same jar.
     */
    private static Path newerJava() {
        try {
            return JavaRuntimes.atLeast(25).java();
        } catch (IllegalStateException none) {
            return null;
        }
    }

    /**
     * Stops the service (SIGTERM, a no-op when it is down) and returns the ms from launch to ready, on {@code java}
     * (null: the stack's runtime).
     */
    private static long restart(ServiceProcess service, Path java, List<String> extraJvmOptions) throws IOException {
        service.stop();
        long start = System.nanoTime();
        service.startAgain(java, extraJvmOptions, READY_POLL);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A warning line when the JVM's CDS log shows the dynamic archive was not mapped, or was dropped after. */
    private static void warnUnlessMapped(String name, Path cdsLog) throws IOException {
        List<String> lines = Files.exists(cdsLog) ? Files.readAllLines(cdsLog) : List.of();
        boolean mapped = lines.stream().anyMatch(line -> line.contains("Mapped dynamic region"));
        String failure = lines.stream()
                .filter(line -> line.contains("Unable to") || line.contains("[warning]") || line.contains("[error]"))
                .findFirst().orElse(null);
        if (!mapped || failure != null) {
            System.out.printf("WARNING: %s did not use its AppCDS archive: %s%n", name,
                    failure != null ? failure.trim() : "the JVM's CDS log shows no dynamic region mapped");
        }
    }

    private static Times sorted(List<Long> millis) {
        List<Long> copy = new ArrayList<>(millis);
        Collections.sort(copy);
        return new Times(copy);
    }

    private static String verdict(Times times) {
        return times.median() <= TARGET_MS ? "met (median " + times.median() + " ms)"
                : "missed (median " + times.median() + " ms)";
    }
}
