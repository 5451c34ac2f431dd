package vn.ocop.localstack;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local launcher behind {@code ./run-local.sh}: starts PostgreSQL, Kafka and both services on the usual ports
 * with data kept in {@code .local-stack/}, loads the Phú Bình demo data once, prints where to look and demo tokens,
 * and runs until Ctrl-C, which stops everything in order.
 */
public final class Main {

    private static final String USAGE = """
            usage: ./run-local.sh [--fresh] [--no-demo]
              --fresh    wipe .local-stack/ (databases, Kafka log, JWT keys, logs) before starting
              --no-demo  do not load the Phú Bình demo data
            Ports: registry-service 8081, traceability-service 8082, PostgreSQL 5433, Kafka 9092.""";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> options = List.of(args);
        if (options.contains("--help") || options.contains("-h")) {
            out.println(USAGE);
            return;
        }
        for (String option : options) {
            if (!List.of("--fresh", "--no-demo").contains(option)) {
                System.err.println("unknown option " + option + "\n" + USAGE);
                System.exit(2);
            }
        }
        boolean fresh = options.contains("--fresh");
        long started = System.nanoTime();
        out.println(fresh ? "Starting the local stack from a fresh .local-stack/ ..." : "Starting the local stack ...");
        LocalStack stack = LocalStack.builder().fresh(fresh).stopOnExit()
                .serviceEnvironment("QUARKUS_SWAGGER_UI_ENABLED", "true")   // off by default, as in production
                .start();
        out.printf("Started in %.1f s (data and logs in %s)%n", (System.nanoTime() - started) / 1e9,
                stack.dataDirectory());

        String producerId = null;
        String scanUrl = null;
        String serialUrl = null;
        if (!options.contains("--no-demo")) {
            String admin = stack.jwt().token("admin@ocop.local", "admin");
            DemoData.Summary demo = DemoData.load(stack.registryUrl(), admin, stack.resolverBaseUrl());
            out.println(demo.loadedNow() ? "Loaded the Phú Bình demo data (" + demo.products() + " certified products)"
                    : "Demo data already loaded (kept from the previous run; --fresh starts over)");
            producerId = demo.hoanHoaProducerId().toString();
            scanUrl = demo.scanUrl();
            DemoWorkflow.Summary workflow = DemoWorkflow.load(stack.registryUrl(), stack.jwt(), stack.repositoryRoot());
            if (workflow.loadedNow()) {
                out.println("Published " + workflow.criteriaSets() + " criteria sets; demo dossiers:");
                workflow.dossiers().forEach((what, id) -> out.println("  " + what + ": " + stack.registryUrl()
                        + "/dossiers/" + id));
            }
            serialUrl = DemoValueChain.load(stack.registryUrl(), stack.traceabilityUrl(), stack.resolverBaseUrl(),
                    stack.jwt(), demo.truongNguyenProductId()).serialUri();
        }

        out.println();
        out.println("registry-service      " + stack.registryUrl() + "   Swagger UI " + stack.registryUrl() + "/q/swagger-ui");
        out.println("traceability-service  " + stack.traceabilityUrl() + "   Swagger UI " + stack.traceabilityUrl()
                + "/q/swagger-ui");
        out.println("PostgreSQL            localhost:" + stack.postgresPort() + " (postgres/postgres; databases "
                + LocalStack.REGISTRY_DATABASE + ", " + LocalStack.TRACEABILITY_DATABASE + ")");
        out.println("Kafka                 " + stack.kafka().bootstrapServers());
        out.println("Logs                  " + stack.registry().logFile() + ", " + stack.traceability().logFile());
        if (scanUrl != null) {
            out.println("Scan page             " + scanUrl + "   (" + DemoData.TRUONG_NGUYEN_PRODUCT + ", 4★)");
        }
        if (serialUrl != null) {
            out.println("Scan a unit           " + serialUrl + "   (lot " + DemoValueChain.LOT
                    + ": harvest → processing → packing → shipping → receiving, authenticity verdict)");
        }
        out.println();
        out.println("Demo tokens (valid " + DemoTokens.LIFETIME.toHours() + " h), use as: Authorization: Bearer <token>");
        for (Map.Entry<String, String> token : DemoTokens.forEveryRole(stack.jwt(), producerId).entrySet()) {
            out.println(token.getKey() + ":");
            out.println("  " + token.getValue());
        }
        out.println();
        out.println("Press Ctrl-C to stop (services, then Kafka, then PostgreSQL).");
        new CountDownLatch(1).await();
    }
}
