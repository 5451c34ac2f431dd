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
            usage: ./run-local.sh [--fresh] [--no-demo] [--tls] [--replicas N] [--keycloak]
              --fresh       wipe .local-stack/ (databases, Kafka log, JWT keys, logs) before starting
              --no-demo     do not load the Phú Bình demo data
              --tls         also serve the resolver over HTTPS on 8443 with a self-signed certificate (generated
                            once into .local-stack/tls/); Digital Links then start with https://localhost:8443
              --replicas N  run N instances of each service (same databases and Kafka) behind a round-robin entry
                            point on 8081 / 8082; the instances listen on 8101.. and 8201..
              --keycloak    also run Keycloak (realm ocop, one demo user per role, port 8180); the services then
                            verify its tokens instead of the minted demo tokens (needs Java 21+ on the machine)
            Ports: registry-service 8081, traceability-service 8082, PostgreSQL 5433, Kafka 9092.""";

    /** First ports of the instances behind the round-robin entry points (--replicas N with N > 1). */
    static final int REGISTRY_REPLICA_PORT = 8101;
    static final int TRACEABILITY_REPLICA_PORT = 8201;
    static final int KEYCLOAK_PORT = 8180;
    static final int KEYCLOAK_MANAGEMENT_PORT = 9180;

    private Main() {
    }

    /** Takes {@code --replicas N} out of the options; 1 when absent. */
    private static int replicas(List<String> options) {
        int at = options.indexOf("--replicas");
        if (at < 0) {
            return 1;
        }
        try {
            int count = Integer.parseInt(options.get(at + 1));
            if (count < 1 || count > 9) {
                throw new NumberFormatException();
            }
            options.remove(at + 1);
            options.remove(at);
            return count;
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            System.err.println("--replicas needs a number from 1 to 9\n" + USAGE);
            System.exit(2);
            return 1;
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> options = new java.util.ArrayList<>(List.of(args));
        if (options.contains("--help") || options.contains("-h")) {
            out.println(USAGE);
            return;
        }
        int replicas = replicas(options);
        for (String option : options) {
            if (!List.of("--fresh", "--no-demo", "--tls", "--keycloak").contains(option)) {
                System.err.println("unknown option " + option + "\n" + USAGE);
                System.exit(2);
            }
        }
        boolean fresh = options.contains("--fresh");
        long started = System.nanoTime();
        out.println(fresh ? "Starting the local stack from a fresh .local-stack/ ..." : "Starting the local stack ...");
        boolean withKeycloak = options.contains("--keycloak");
        LocalStack.Builder builder = LocalStack.builder().fresh(fresh).tls(options.contains("--tls")).stopOnExit()
                .serviceEnvironment("QUARKUS_SWAGGER_UI_ENABLED", "true");   // off by default, as in production
        if (withKeycloak) {
            builder.keycloak(KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT);
        }
        if (replicas > 1) {
            builder.ports(REGISTRY_REPLICA_PORT, TRACEABILITY_REPLICA_PORT, 5433, 9092).replicas(replicas, true)
                    .resolverBaseUrl("http://localhost:8082");
        }
        LocalStack stack = builder.start();
        if (replicas > 1) {
            RoundRobinProxy.start(8081, stack.registries().stream().map(ServiceProcess::port).toList());
            RoundRobinProxy.start(8082, stack.traceabilities().stream().map(ServiceProcess::port).toList());
            out.println("Round-robin entry points: registry-service http://localhost:8081 → "
                    + stack.registries().stream().map(i -> i.url().toString()).toList()
                    + ", traceability-service http://localhost:8082 → "
                    + stack.traceabilities().stream().map(i -> i.url().toString()).toList());
        }
        out.printf("Started in %.1f s (data and logs in %s)%n", (System.nanoTime() - started) / 1e9,
                stack.dataDirectory());

        String producerId = null;
        String scanUrl = null;
        String serialUrl = null;
        if (withKeycloak) {
            out.printf("Keycloak started in %.1f s%n", stack.keycloak().startTime().toMillis() / 1e3);
        }
        if (!options.contains("--no-demo") && withKeycloak) {
            DemoData.Summary demo = KeycloakDemo.load(stack, out);
            producerId = demo.hoanHoaProducerId().toString();
            scanUrl = demo.scanUrl();
        } else if (!options.contains("--no-demo")) {
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
        String registryUrl = replicas > 1 ? "http://localhost:8081" : stack.registryUrl().toString();
        String traceabilityUrl = replicas > 1 ? "http://localhost:8082" : stack.traceabilityUrl().toString();
        out.println("registry-service      " + registryUrl + "   Swagger UI " + registryUrl + "/q/swagger-ui");
        out.println("traceability-service  " + traceabilityUrl + "   Swagger UI " + traceabilityUrl
                + "/q/swagger-ui");
        if (stack.tls() != null) {
            out.println("Resolver over HTTPS   " + stack.resolverTlsUrl() + "/.well-known/gs1resolver   (HTTP/2)");
            out.println("  self-signed certificate " + stack.tls().certificatePem() + ", SHA-256 fingerprint");
            out.println("  " + stack.tls().sha256Fingerprint());
        }
        out.println("PostgreSQL            localhost:" + stack.postgresPort() + " (postgres/postgres; databases "
                + LocalStack.REGISTRY_DATABASE + ", " + LocalStack.TRACEABILITY_DATABASE + ")");
        out.println("Kafka                 " + stack.kafka().bootstrapServers());
        out.println("Mail (GreenMail)      smtp://localhost:" + stack.mail().smtpPort() + "   read the messages at "
                + stack.mail().pageUrl());
        out.println("Logs                  " + stack.registry().logFile().getParent() + "/ (one file per instance)");
        if (scanUrl != null) {
            out.println("Scan page             " + scanUrl + "   (" + DemoData.TRUONG_NGUYEN_PRODUCT + ", 4★)");
        }
        if (serialUrl != null) {
            out.println("Scan a unit           " + serialUrl + "   (lot " + DemoValueChain.LOT
                    + ": harvest → processing → packing → shipping → receiving, authenticity verdict)");
        }
        out.println();
        if (withKeycloak) {
            KeycloakDemo.printSignIn(stack.keycloak(), out);
        } else {
            out.println("Demo tokens (valid " + DemoTokens.LIFETIME.toHours() + " h), use as: Authorization: Bearer <token>");
            for (Map.Entry<String, String> token : DemoTokens.forEveryRole(stack.jwt(), producerId).entrySet()) {
                out.println(token.getKey() + ":");
                out.println("  " + token.getValue());
            }
        }
        out.println();
        out.println("Press Ctrl-C to stop (services, then Kafka, then PostgreSQL).");
        new CountDownLatch(1).await();
    }
}
