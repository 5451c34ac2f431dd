package vn.ocop.localstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.ocop.infra.JwtKeys;
import vn.ocop.localstack.LocalStack;
import vn.ocop.localstack.RegistryClient;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static vn.ocop.localstack.bench.BenchSupport.option;
import static vn.ocop.localstack.bench.BenchSupport.percentile;

/**
 * Measures "certified → scannable": for each product, the time from the registry's answer to {@code POST
 * /certificates} until the traceability service's {@code GET /products/{id}} first shows the stars. That path is
 * outbox relay → Kafka → consumer → trace record. Starts its own stack on free ports with fresh temporary data
 * (or uses a running one with --registry/--traceability/--keys) and stops it at the end.
 */
public final class CertifyToScannable {

    private static final Duration VISIBLE_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private CertifyToScannable() {
    }

    public static void main(String[] args) throws Exception {
        int products = Integer.parseInt(option(args, "--products", "1000"));
        int concurrency = Integer.parseInt(option(args, "--concurrency", "4"));
        String registryOption = option(args, "--registry", null);
        LocalStack stack = null;
        URI registryUrl;
        URI traceabilityUrl;
        JwtKeys keys;
        if (registryOption == null) {
            System.out.println("Starting a local stack on free ports with fresh temporary data ...");
            stack = LocalStack.builder().temporary().freePorts().stopOnExit().start();
            registryUrl = stack.registryUrl();
            traceabilityUrl = stack.traceabilityUrl();
            keys = stack.jwt();
        } else {
            registryUrl = URI.create(registryOption);
            traceabilityUrl = URI.create(option(args, "--traceability", "http://localhost:8082"));
            keys = JwtKeys.in(Path.of(option(args, "--keys", ".local-stack/jwt")));
        }
        try {
            run(registryUrl, traceabilityUrl, keys, products, concurrency);
        } finally {
            if (stack != null) {
                System.out.println("Stopping the stack ...");
                stack.close();
            }
        }
    }

    private static void run(URI registryUrl, URI traceabilityUrl, JwtKeys keys, int products, int concurrency)
            throws Exception {
        RegistryClient registry = new RegistryClient(registryUrl, keys.token("bench@ocop.local", "admin"));
        RegistryClient traceability = new RegistryClient(traceabilityUrl, "unused");
        String run = Long.toString(System.currentTimeMillis(), 36);
        JsonNode producer = registry.create("/producers", Map.of("name", "HTX Đo tải " + run, "type", "HTX",
                "communeCode", "05908", "address", "Xóm Phẩm 1, Dương Thành", "workers", 10));
        String producerId = producer.get("id").asText();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                try {
                    latencies.add(certifyAndAwaitScannable(registry, traceability, producerId, run, n));
                } catch (RuntimeException e) {
                    if (failures.incrementAndGet() <= 5) {
                        System.err.println("product " + n + ": " + e.getMessage());
                    }
                }
                int count = done.incrementAndGet();
                if (count % 100 == 0) {
                    System.out.println("  " + count + "/" + products + " certified and scannable");
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.println();
        System.out.println("certify → scannable, " + sorted.size() + " products (" + failures.get() + " failed), "
                + concurrency + " clients, nproc " + Runtime.getRuntime().availableProcessors());
        if (!sorted.isEmpty()) {
            System.out.printf("p50 %d ms, p95 %d ms, p99 %d ms, max %d ms, mean %.1f ms; %.1f products/s%n",
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted.get(sorted.size() - 1), sorted.stream().mapToLong(Long::longValue).average().orElse(0),
                    sorted.size() / seconds);
        }
        if (failures.get() > 0) {
            System.exit(1);
        }
    }

    /** Milliseconds from the certificate POST's response to the first trace record showing the stars. */
    private static long certifyAndAwaitScannable(RegistryClient registry, RegistryClient traceability,
                                                 String producerId, String run, int n) {
        JsonNode product = registry.create("/products", Map.of("producerId", producerId,
                "name", "Sản phẩm đo tải " + run + "-" + n, "groupCode", "FOOD"));
        String productId = product.get("id").asText();
        int stars = 3 + n % 2;
        registry.create("/certificates", Map.of("productId", productId, "number", "B" + run + "-" + n + "/QĐ-UBND",
                "stars", stars, "issuingAuthority", "UBND tỉnh Thái Nguyên",
                "decisionDate", LocalDate.now().minusDays(n % 300).toString()));
        long certified = System.nanoTime();
        long deadline = certified + VISIBLE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = traceability.getResponse("/products/" + productId);
            if (response.statusCode() == 200 && showsStars(response.body(), stars)) {
                return (System.nanoTime() - certified) / 1_000_000;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("not scannable with " + stars + "★ within " + VISIBLE_TIMEOUT.toSeconds() + " s");
    }

    private static boolean showsStars(String body, int stars) {
        try {
            JsonNode record = JSON.readTree(body);
            return record.path("stars").asInt() == stars || record.path("certificate").path("stars").asInt() == stars;
        } catch (Exception e) {
            return false;
        }
    }
}
