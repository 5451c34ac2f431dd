package vn.ocop.localstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.ocop.localstack.LocalStack;
import vn.ocop.platform.media.LabelPicture;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static vn.ocop.localstack.bench.BenchSupport.created;
import static vn.ocop.localstack.bench.BenchSupport.expect;
import static vn.ocop.localstack.bench.BenchSupport.option;
import static vn.ocop.localstack.bench.BenchSupport.percentile;
import static vn.ocop.localstack.bench.BenchSupport.send;

/**
 * Measures product images on a fresh local stack: the time from POSTing a 1600×1200 PNG to the answer that its three
 * JPEG variants are stored (p50, p99), then the throughput of serving the 480 px variant against the registry's
 * trivial {@code GET /provinces} in the same run, with the same concurrent clients (target: at least 0.7×).
 */
public final class MediaBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MediaBench() {
    }

    public static void main(String[] args) throws Exception {
        int uploads = Integer.parseInt(option(args, "--uploads", "40"));
        int seconds = Integer.parseInt(option(args, "--seconds", "10"));
        int clients = Integer.parseInt(option(args, "--clients", "4"));
        System.out.println("Starting a local stack on free ports with fresh temporary data ...");
        LocalStack stack = LocalStack.builder().temporary().freePorts().stopOnExit().start();
        try {
            URI base = stack.registryUrl();
            String admin = stack.jwt().token("admin@ocop.local", "admin");
            JsonNode producer = created(base.resolve("/producers"), admin, "{\"name\":\"Cơ sở ảnh (bench)\","
                    + "\"type\":\"HKD\",\"communeCode\":\"05908\",\"address\":\"Xóm Phẩm 1\",\"workers\":3}");
            JsonNode product = created(base.resolve("/products"), admin, "{\"producerId\":\"" + producer.get("id")
                    .asText() + "\",\"name\":\"Cao ngựa bạch (bench)\",\"groupCode\":\"HERBAL\"}");
            String images = "/products/" + product.get("id").asText() + "/images?altVi=" + "Hộp%20cao";
            List<Long> times = new ArrayList<>();
            String variant = null;
            for (int i = 0; i < uploads + 3; i++) {
                byte[] png = LabelPicture.png("Cao ngựa bạch " + i, 1 + i % 5, (i % 17) / 17f, 1600, 1200);
                long start = System.nanoTime();
                HttpResponse<String> answer = expect(send(HttpRequest.newBuilder(base.resolve(images))
                        .header("Authorization", "Bearer " + admin).header("Content-Type", "image/png")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(png))), 201);
                long took = System.nanoTime() - start;
                if (i >= 3) { // the first uploads warm the JIT
                    times.add(took);
                }
                variant = URI.create(JSON.readTree(answer.body()).at("/variants/1/url").asText()).getPath();
                if (i % 10 == 9) { // stay under the per-product image limit
                    for (JsonNode image : JSON.readTree(send(HttpRequest.newBuilder(base.resolve("/products/"
                            + product.get("id").asText() + "/images")).GET()).body())) {
                        send(HttpRequest.newBuilder(base.resolve("/products/" + product.get("id").asText()
                                + "/images/" + image.get("sha256").asText())).header("Authorization", "Bearer " + admin)
                                .DELETE());
                    }
                }
            }
            Collections.sort(times);
            URI media = base.resolve(variant);
            URI trivial = base.resolve("/provinces");
            throughput(media, clients, 3);
            throughput(trivial, clients, 3);
            double mediaRate = throughput(media, clients, seconds);
            double trivialRate = throughput(trivial, clients, seconds);
            System.out.println();
            System.out.printf("upload to stored variants (1600x1200 PNG -> 160/480/1200 JPEG), %d uploads: p50 %.0f ms, "
                    + "p99 %.0f ms%n", times.size(), percentile(times, 50) / 1e6, percentile(times, 99) / 1e6);
            System.out.printf("GET %s: %.0f req/s (%d clients)%n", variant, mediaRate, clients);
            System.out.printf("GET /provinces (trivial):    %.0f req/s%n", trivialRate);
            System.out.printf("variant / trivial = %.2f (target >= 0.70)%n", mediaRate / trivialRate);
        } finally {
            stack.close();
        }
    }

    /** Requests per second of {@code clients} keep-alive HTTP/1.1 clients GETting {@code uri} for {@code seconds}. */
    private static double throughput(URI uri, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicBoolean stop = new AtomicBoolean();
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                counts.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10)).build();
                    HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
                    long n = 0;
                    while (!stop.get()) {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(uri + " answered " + response.statusCode());
                        }
                        n++;
                    }
                    return n;
                }));
            }
            long start = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            stop.set(true);
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
