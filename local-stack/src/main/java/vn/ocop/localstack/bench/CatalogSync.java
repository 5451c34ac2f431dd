package vn.ocop.localstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.ocop.localstack.LocalStack;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static vn.ocop.localstack.bench.BenchSupport.created;
import static vn.ocop.localstack.bench.BenchSupport.database;
import static vn.ocop.localstack.bench.BenchSupport.expect;
import static vn.ocop.localstack.bench.BenchSupport.option;
import static vn.ocop.localstack.bench.BenchSupport.percentile;
import static vn.ocop.localstack.bench.BenchSupport.send;
import static vn.ocop.localstack.bench.BenchSupport.time;

/**
 * Measures the partner catalog at national scale: seeds N certified products (default 20,000, of 10,000 producers
 * spread over all 3,321 communes) straight into a fresh stack's registry database, then times a full sync through
 * the cursor API (pages of 500), after {@code --warmup} syncs (20) that let the JIT settle, and the p50 of an
 * unchanged-page poll answered 304. Baselines in the same run: a plain {@code GET /provinces} (the service's floor)
 * and the first page fetched in full.
 */
public final class CatalogSync {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogSync() {
    }

    public static void main(String[] args) throws Exception {
        int products = Integer.parseInt(option(args, "--products", "20000"));
        int polls = Integer.parseInt(option(args, "--polls", "200"));
        int warmupSyncs = Integer.parseInt(option(args, "--warmup", "20"));
        System.out.println("Starting a local stack on free ports with fresh temporary data ...");
        LocalStack stack = BenchSupport.flightRecording(LocalStack.builder().temporary().freePorts().stopOnExit(), args)
                .start();
        try {
            long seeding = System.nanoTime();
            seed(stack, products);
            System.out.printf("seeded %,d certified products in %.1f s%n", products, (System.nanoTime() - seeding) / 1e9);
            String admin = stack.jwt().token("admin@ocop.local", "admin");
            JsonNode partner = created(stack.registryUrl().resolve("/partners"), admin, "{\"name\":\"Sàn quốc gia "
                    + "(bench)\",\"contactEmail\":\"bench@ocop.local\",\"requestsPerMinute\":100000}");
            String key = partner.get("apiKey").asText();
            URI base = stack.registryUrl();

            // A registry serving partners has run long enough for the JIT to settle; a fresh one keeps compiling
            // (C2 still took 100-300 ms of CPU per sync after 40 syncs here), so warm up and show the trend.
            List<Long> warmups = new ArrayList<>();
            for (int warm = 0; warm < warmupSyncs; warm++) {
                long start = System.nanoTime();
                fullSync(base, key);
                warmups.add((System.nanoTime() - start) / 1_000_000);
            }
            System.out.println("warm-up syncs (ms): " + warmups);
            List<Long> syncs = new ArrayList<>();
            int count = 0;
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                count = fullSync(base, key);
                syncs.add((System.nanoTime() - start) / 1_000_000);
            }
            Collections.sort(syncs);
            HttpResponse<byte[]> first = get(base.resolve("/catalog/products?limit=500"), key, null);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            List<Long> notModified = time(polls, () -> expect(get(base.resolve("/catalog/products?limit=500"), key,
                    etag), 304));
            List<Long> fullPage = time(polls, () -> expect(get(base.resolve("/catalog/products?limit=500"), key,
                    null), 200));
            List<Long> floor = time(polls, () -> expect(send(HttpRequest.newBuilder(base.resolve("/provinces"))
                    .GET()), 200));
            System.out.println();
            System.out.printf("full sync of %,d products (pages of 500): median %d ms, best %d ms, worst %d ms "
                    + "(issue 16 target <= 1000 ms)%n", count, percentile(syncs, 50), syncs.get(0), syncs.get(syncs.size() - 1));
            System.out.printf("unchanged page poll (304):  p50 %.2f ms, p99 %.2f ms%n", percentile(notModified, 50)
                    / 1e6, percentile(notModified, 99) / 1e6);
            System.out.printf("full page of 500 (200):     p50 %.2f ms  (304 / 200 = %.2f)%n",
                    percentile(fullPage, 50) / 1e6, (double) percentile(notModified, 50) / percentile(fullPage, 50));
            System.out.printf("baseline GET /provinces:    p50 %.2f ms%n", percentile(floor, 50) / 1e6);
            System.out.println("nproc: " + Runtime.getRuntime().availableProcessors());
            BenchSupport.hold(args, () -> "registry " + base + ", X-API-Key " + key + ", PostgreSQL port "
                    + stack.postgresPort());
        } finally {
            System.out.println("Stopping the stack ...");
            stack.close();
        }
    }

    private static int fullSync(URI base, String key) throws Exception {
        int count = 0;
        String cursor = null;
        do {
            HttpResponse<byte[]> page = expect(get(base.resolve("/catalog/products?limit=500"
                    + (cursor == null ? "" : "&cursor=" + cursor)), key, null), 200);
            JsonNode json = JSON.readTree(page.body());
            count += json.get("items").size();
            cursor = json.get("nextCursor").isNull() ? null : json.get("nextCursor").asText();
        } while (cursor != null);
        return count;
    }

    /** A catalog read as the bytes on the wire: a partner's client parses those, it need not decode them first. */
    private static HttpResponse<byte[]> get(URI uri, String key, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("X-API-Key", key).GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }


    /** Producers over every commune, products, and a valid 3★/4★ certificate each, in four set-based statements. */
    private static void seed(LocalStack stack, int products) throws Exception {
        try (Connection db = database(stack, LocalStack.REGISTRY_DATABASE);
             Statement sql = db.createStatement()) {
            sql.execute("create temporary table bench_producer as select gen_random_uuid() id, i "
                    + "from generate_series(1, " + Math.max(1, products / 2) + ") i");
            sql.execute("insert into producer (id, name, search_name, type, commune_code, address, workers, version, "
                    + "created_at, updated_at) select b.id, 'Chủ thể thử ' || b.i, 'chu the thu ' || b.i, 'HKD', "
                    + "c.codes[1 + b.i % array_length(c.codes, 1)], 'Địa chỉ thử', 5, 0, now(), now() "
                    + "from bench_producer b, (select array_agg(code order by code) codes from commune) c");
            sql.execute("create temporary table bench_product as select gen_random_uuid() id, g.i, p.id producer "
                    + "from generate_series(1, " + products + ") g(i) join bench_producer p on p.i = 1 + g.i % "
                    + Math.max(1, products / 2));
            sql.execute("insert into product (id, producer_id, name, search_name, group_code, version, created_at, "
                    + "updated_at) select id, producer, 'Sản phẩm OCOP thử ' || i, 'san pham ocop thu ' || i, 'FOOD', "
                    + "0, now(), now() from bench_product");
            sql.execute("insert into certificate (id, product_id, number, stars, issuing_authority, decision_date, "
                    + "valid_until, version, created_at, updated_at, province_code, issue_year) select "
                    + "gen_random_uuid(), b.id, 'BENCH-' || b.i, 3 + b.i % 2, 'UBND tỉnh', current_date - 30, "
                    + "current_date + 1000, 0, now(), now(), cm.province_code, extract(year from current_date) "
                    + "from bench_product b join producer pr on pr.id = b.producer join commune cm on cm.code = "
                    + "pr.commune_code");
            sql.execute("analyze");
        }
    }
}
