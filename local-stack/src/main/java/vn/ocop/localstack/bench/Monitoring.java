package vn.ocop.localstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.ocop.contract.Gtin;
import vn.ocop.localstack.LocalStack;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * Measures programme monitoring at national scale: seeds 10,000 producers over all 3,321 communes and 17,000
 * certified products (with revenue reports, linkage contracts and sales points) straight into a fresh stack's
 * registry database, then times the national and one provincial indicator query and the commune table, and the
 * throughput of a 20,000-row register import (valid-rows mode) through the API.
 */
public final class Monitoring {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Monitoring() {
    }

    public static void main(String[] args) throws Exception {
        int producers = Integer.parseInt(option(args, "--producers", "10000"));
        int products = Integer.parseInt(option(args, "--products", "17000"));
        int importRows = Integer.parseInt(option(args, "--import-rows", "20000"));
        int warmups = Integer.parseInt(option(args, "--warmup-imports", "10"));
        int warmupRows = Integer.parseInt(option(args, "--warmup-rows", "5000"));
        int runs = Integer.parseInt(option(args, "--runs", "10"));
        String province = option(args, "--province", "19");
        System.out.println("Starting a local stack on free ports with fresh temporary data ...");
        LocalStack stack = BenchSupport.flightRecording(LocalStack.builder().temporary().freePorts().stopOnExit(), args)
                .start();
        try {
            long seeding = System.nanoTime();
            seed(stack, producers, products);
            System.out.printf("seeded %,d producers and %,d certified products in %.1f s%n", producers, products,
                    (System.nanoTime() - seeding) / 1e9);
            String admin = stack.jwt().token("admin@ocop.local", "admin");
            URI base = stack.registryUrl();
            for (int warm = 0; warm < 3; warm++) {
                get(base.resolve("/indicators"), admin);
                get(base.resolve("/indicators?province=" + province), admin);
                get(base.resolve("/provinces"), admin);
            }
            JsonNode national = JSON.readTree(get(base.resolve("/indicators"), admin).body());
            List<Long> nationalTimes = time(runs, () -> get(base.resolve("/indicators"), admin));
            List<Long> provinceTimes = time(runs, () -> get(base.resolve("/indicators?province=" + province), admin));
            List<Long> communeTimes = time(Math.max(3, runs / 2), () -> get(base.resolve(
                    "/indicators/communes?size=100"), admin));
            // the baseline through the same warm client and connection as the timed reads, and more often: it is short
            List<Long> provincesTimes = time(Math.max(30, runs), () -> get(base.resolve("/provinces"), admin));
            // a result is kept only until the data it reads changes: the first read after each change computes afresh
            List<Long> afterChange = new ArrayList<>();
            List<Long> communesAfterChange = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                change(base, admin, i);
                afterChange.add(time(1, () -> get(base.resolve("/indicators"), admin)).get(0));
                change(base, admin, runs + i);
                communesAfterChange.add(time(1, () -> get(base.resolve("/indicators/communes?size=100"), admin)).get(0));
            }
            Collections.sort(afterChange);
            Collections.sort(communesAfterChange);

            // imports on fresh JVMs pay for their JIT compilers too: over the first four 5,000-row imports the two
            // services' compilers took about three quarters of the machine (jstat -compiler). The warm-up imports
            // print that trend; the timed import is the one a registry that has been up for a while meets.
            List<String> communes = communes(base, province);
            int offset = 0;
            for (int w = 1; w <= warmups; w++) {
                Import warm = importWorkbook(base, admin, workbook(warmupRows, communes, offset));
                offset += warmupRows;
                System.out.printf("warm-up import %d of %,d rows: %s, %.1f s running → %.0f rows/s (%s)%n", w,
                        warmupRows, warm.status(), warm.running(), warm.rowsPerSecond(), warm.phases());
            }
            Import timed = importWorkbook(base, admin, workbook(importRows, communes, offset));

            JsonNode v = national.get("values");
            System.out.println();
            System.out.printf("national: %d certified products, %d producers, %d communes (%s%% with a product)%n",
                    v.get("certifiedProducts").asLong(), v.get("producers").asLong(), v.get("communes").asLong(),
                    v.get("communesWithProductPct").asText());
            double floor = percentile(provincesTimes, 50) / 1e6;
            System.out.printf("baseline GET /provinces:           p50 %.1f ms%n", floor);
            System.out.printf("GET /indicators (national):        p50 %.1f ms, max %.1f ms (%d runs), %.1f x /provinces "
                    + "(target p50 <= 100 ms)%n", percentile(nationalTimes, 50) / 1e6,
                    nationalTimes.get(nationalTimes.size() - 1) / 1e6, runs, percentile(nationalTimes, 50) / 1e6 / floor);
            System.out.printf("GET /indicators?province=%s:       p50 %.1f ms, max %.1f ms%n", province,
                    percentile(provinceTimes, 50) / 1e6, provinceTimes.get(provinceTimes.size() - 1) / 1e6);
            System.out.printf("GET /indicators/communes (national, all 3,321 computed): p50 %.1f ms, %.1f x /provinces%n",
                    percentile(communeTimes, 50) / 1e6, percentile(communeTimes, 50) / 1e6 / floor);
            System.out.printf("first read after a change (a producer registered just before): national p50 %.1f ms "
                    + "(max %.1f ms), commune table p50 %.1f ms%n", percentile(afterChange, 50) / 1e6,
                    afterChange.get(afterChange.size() - 1) / 1e6, percentile(communesAfterChange, 50) / 1e6);
            System.out.printf("import of %,d rows (valid-rows%s): %s, %d written, %d bad; %.1f s running, %.1f s wall "
                    + "→ %.0f rows/s (target >= 2,000)%n", importRows, warmups > 0 ? ", after " + warmups
                    + " warm-up import(s) of " + warmupRows + " rows" : ", the first on a fresh JVM", timed.status(),
                    timed.written(), timed.bad(), timed.running(), timed.wall(), timed.rowsPerSecond());
            System.out.printf("  of which %s%n", timed.phases());
            System.out.println("nproc: " + Runtime.getRuntime().availableProcessors());
            BenchSupport.hold(args, () -> "registry " + base + ", PostgreSQL port " + stack.postgresPort()
                    + ", admin token in " + java.nio.file.Files.writeString(java.nio.file.Files.createTempFile(
                    "bench-admin", ".jwt"), admin));
        } finally {
            System.out.println("Stopping the stack ...");
            stack.close();
        }
    }

    /**
     * A finished import job: its status, rows, and time from its start to its end (and from submission), split at the
     * first poll (every 100 ms) that saw it past validation.
     */
    private record Import(String status, int written, int bad, double running, double wall, double validating,
                          double writing) {
        double rowsPerSecond() {
            return written / running;
        }

        String phases() {
            return String.format("reading and validating %.1f s, writing %.1f s → %.0f rows/s written", validating,
                    writing, written / writing);
        }
    }

    /** Submits a workbook (valid-rows mode) and waits for its job to end. */
    private static Import importWorkbook(URI base, String admin, byte[] workbook) throws Exception {
        long submitted = System.nanoTime();
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(base.resolve("/imports?mode=valid-rows"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", XLSX)
                .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("import answered " + accepted.statusCode() + ": " + accepted.body());
        }
        String id = JSON.readTree(accepted.body()).get("id").asText();
        JsonNode job;
        long writing = 0;
        do {
            Thread.sleep(100);
            job = JSON.readTree(get(base.resolve("/imports/" + id), admin).body());
            if (writing == 0 && !List.of("QUEUED", "VALIDATING").contains(job.get("status").asText())) {
                writing = System.nanoTime();
            }
        } while (!List.of("SUCCEEDED", "REJECTED", "FAILED", "INTERRUPTED").contains(job.get("status").asText()));
        long ended = System.nanoTime();
        double wall = (ended - submitted) / 1e9;
        double running = Duration.between(OffsetDateTime.parse(job.get("startedAt").asText()),
                OffsetDateTime.parse(job.get("finishedAt").asText())).toMillis() / 1000.0;
        return new Import(job.get("status").asText(), job.get("rowsWritten").asInt(), job.get("rowsBad").asInt(),
                running, wall, (writing - submitted) / 1e9, (ended - writing) / 1e9);
    }

    /** A write the indicators read: one more producer, in a commune of Hà Nội. */
    private static void change(URI base, String admin, int i) throws Exception {
        created(base.resolve("/producers"), admin, "{\"name\":\"Hộ kinh doanh đo thử " + i + "\",\"type\":\"HKD\","
                + "\"communeCode\":\"00004\",\"address\":\"Thôn 1\",\"workers\":3}");
    }

    private static List<String> communes(URI base, String province) throws Exception {
        List<String> codes = new ArrayList<>();
        JSON.readTree(HTTP.send(HttpRequest.newBuilder(base.resolve("/provinces/" + province + "/communes")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).forEach(c -> codes.add(c.get("code").asText()));
        return codes;
    }

    /**
     * 40 % producers, 40 % products, 20 % certificates, all valid, in the province's communes; names, GTINs and
     * certificate numbers counted from {@code offset}, so that workbooks with different offsets do not collide.
     */
    private static byte[] workbook(int rows, List<String> communes, int offset) throws Exception {
        int producers = rows * 2 / 5;
        int products = rows * 2 / 5;
        int certificates = rows - producers - products;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "bench", "1.0");
        Worksheet p = wb.newWorksheet("producers");
        String[] ph = {"ref", "name", "type", "taxCode", "communeCode", "address", "contactName", "phone", "email",
                "workers"};
        for (int c = 0; c < ph.length; c++) {
            p.value(0, c, ph[c]);
        }
        String[] types = {"DN", "HTX", "THT", "HKD"};
        for (int i = 0; i < producers; i++) {
            p.value(i + 1, 0, "P" + i);
            p.value(i + 1, 1, "Chủ thể nhập khẩu " + (offset + i));
            p.value(i + 1, 2, types[i % 4]);
            p.value(i + 1, 4, communes.get(i % communes.size()));
            p.value(i + 1, 5, "Thôn " + (i % 20 + 1));
            p.value(i + 1, 9, 5 + i % 25);
        }
        p.finish();
        Worksheet s = wb.newWorksheet("products");
        String[] sh = {"ref", "producerRef", "name", "groupCode", "gtin", "description"};
        for (int c = 0; c < sh.length; c++) {
            s.value(0, c, sh[c]);
        }
        for (int i = 0; i < products; i++) {
            String body = "8937" + String.format("%08d", offset + i);
            s.value(i + 1, 0, "SP" + i);
            s.value(i + 1, 1, "P" + (i % producers));
            s.value(i + 1, 2, "Sản phẩm nhập khẩu " + (offset + i));
            s.value(i + 1, 3, i % 2 == 0 ? "FOOD" : "BEVERAGE");
            s.value(i + 1, 4, body + Gtin.checkDigit(body));
        }
        s.finish();
        Worksheet c = wb.newWorksheet("certificates");
        String[] ch = {"productRef", "number", "stars", "issuingAuthority", "decisionDate", "validUntil"};
        for (int k = 0; k < ch.length; k++) {
            c.value(0, k, ch[k]);
        }
        String decided = LocalDate.now().minusMonths(4).toString();
        for (int i = 0; i < certificates; i++) {
            c.value(i + 1, 0, "SP" + i);
            c.value(i + 1, 1, "BENCH-IMPORT-" + (offset + i));
            c.value(i + 1, 2, 3 + i % 3);
            c.value(i + 1, 3, "UBND tỉnh");
            c.value(i + 1, 4, decided);
        }
        c.finish();
        wb.finish();
        return out.toByteArray();
    }

    private static HttpResponse<String> get(URI uri, String token) throws Exception {
        return expect(send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET()), 200);
    }

    /**
     * Producers of the four types over every commune, products with a 3–5★ certificate each decided over the last
     * three years, revenue reports around the first certification of every third product, a linkage contract for
     * two products in five and a sales point in every third commune, in set-based statements.
     */
    private static void seed(LocalStack stack, int producers, int products) throws Exception {
        try (Connection db = database(stack, LocalStack.REGISTRY_DATABASE);
             Statement sql = db.createStatement()) {
            sql.execute("create temporary table bench_producer as select gen_random_uuid() id, i "
                    + "from generate_series(1, " + producers + ") i");
            sql.execute("insert into producer (id, name, search_name, type, commune_code, address, workers, version, "
                    + "created_at, updated_at) select b.id, 'Chủ thể thử ' || b.i, 'chu the thu ' || b.i, "
                    + "(array['DN','HTX','THT','HKD'])[1 + b.i % 4], c.codes[1 + b.i % array_length(c.codes, 1)], "
                    + "'Địa chỉ thử', 5 + b.i % 26, 0, now() - (b.i % 1800) * interval '1 day', now() "
                    + "from bench_producer b, (select array_agg(code order by code) codes from commune) c");
            sql.execute("create temporary table bench_product as select gen_random_uuid() id, g.i, p.id producer "
                    + "from generate_series(1, " + products + ") g(i) join bench_producer p on p.i = 1 + g.i % "
                    + producers);
            sql.execute("insert into product (id, producer_id, name, search_name, group_code, version, created_at, "
                    + "updated_at) select id, producer, 'Sản phẩm OCOP thử ' || i, 'san pham ocop thu ' || i, "
                    + "(array['FOOD','BEVERAGE','HERBAL','HANDICRAFT','ORNAMENTAL','TOURISM'])[1 + i % 6], 0, now(), "
                    + "now() from bench_product");
            sql.execute("insert into certificate (id, product_id, number, stars, issuing_authority, decision_date, "
                    + "valid_until, version, created_at, updated_at, province_code, issue_year) select "
                    + "gen_random_uuid(), b.id, 'BENCH-' || b.i, 3 + b.i % 3, 'UBND tỉnh', current_date - b.i % 1000, "
                    + "current_date - b.i % 1000 + interval '36 months', 0, now(), now(), cm.province_code, "
                    + "extract(year from current_date - b.i % 1000) from bench_product b "
                    + "join producer pr on pr.id = b.producer join commune cm on cm.code = pr.commune_code");
            sql.execute("insert into revenue_report (id, product_id, year, revenue_vnd, reported_by, version, "
                    + "created_at, updated_at) select gen_random_uuid(), b.id, y.year, 500000000 + b.i * 1000 + "
                    + "(y.year - extract(year from current_date - b.i % 1000)::int) * 40000000, 'bench', 0, now(), "
                    + "now() from bench_product b, lateral (select extract(year from current_date - b.i % 1000)::int "
                    + "+ d as year from unnest(array[-1, 1]) d) y where b.i % 3 = 0");
            sql.execute("insert into linkage_contract (id, product_id, partner_name, role, valid_from, version, "
                    + "created_at, updated_at) select gen_random_uuid(), id, 'Đối tác thử', 'BUYER', "
                    + "current_date - 400, 0, now(), now() from bench_product where i % 5 < 2");
            sql.execute("insert into sales_point (id, kind, name, search_name, commune_code, address, operator_name, "
                    + "version, created_at, updated_at) select gen_random_uuid(), 'POINT', 'Điểm OCOP ' || code, "
                    + "'diem ocop ' || code, code, 'Trung tâm xã', 'HTX', 0, now(), now() from "
                    + "(select code, row_number() over (order by code) n from commune) c where n % 3 = 0");
            sql.execute("analyze");
        }
    }
}
