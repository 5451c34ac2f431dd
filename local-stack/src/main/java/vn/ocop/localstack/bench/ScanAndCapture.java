package vn.ocop.localstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.ocop.localstack.LocalStack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static vn.ocop.localstack.bench.BenchSupport.created;
import static vn.ocop.localstack.bench.BenchSupport.database;
import static vn.ocop.localstack.bench.BenchSupport.expect;
import static vn.ocop.localstack.bench.BenchSupport.option;
import static vn.ocop.localstack.bench.BenchSupport.send;
import static vn.ocop.localstack.bench.BenchSupport.time;

/**
 * Measures the traceability service's hot paths on a fresh stack (issue 5):
 * <ol>
 *   <li>the JSON resolve of a serialized unit ({@code GET /01/{gtin}/10/{lot}/21/{serial}}, which also logs the scan
 *   and judges it) under wrk on loopback, as a ratio to the service's trivial {@code /.well-known/gs1resolver} in the
 *   same run, at 10,000 and at 1,000,000 issued serials;</li>
 *   <li>EPCIS capture of 1,000-event documents (events/s, {@code POST /capture} until the job succeeds) as a ratio to a
 *   raw JDBC batch insert of the same rows into a copy of the event table.</li>
 * </ol>
 */
public final class ScanAndCapture {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("([0-9]+) requests in");
    private static final Pattern LATENCY = Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);

    private ScanAndCapture() {
    }

    public static void main(String[] args) throws Exception {
        int serials = Integer.parseInt(option(args, "--serials", "1000000"));
        int seconds = Integer.parseInt(option(args, "--seconds", "15"));
        int connections = Integer.parseInt(option(args, "--connections", "8"));
        int documents = Integer.parseInt(option(args, "--documents", "10"));
        String only = option(args, "--only", "all");
        String profile = option(args, "--profile", null);
        String workload = option(args, "--workload", "first");
        String heap = option(args, "--heap", "512m");
        boolean nmt = List.of(args).contains("--nmt");
        if (!List.of("first", "mixed", "hot", "html").contains(workload)) {
            throw new IllegalArgumentException("--workload first|mixed|hot|html, not " + workload);
        }
        System.out.println("Starting a local stack on free ports with fresh temporary data ...");
        LocalStack.Builder builder = LocalStack.builder().temporary().freePorts().stopOnExit();
        // as deployed (docker-compose: the JVM's default collector, G1 on this kind of machine) with the local stack's
        // heap limit committed from the start, as a service under load runs: no heap growth and no full collections
        // in the middle of a measurement (the local stack's small-footprint SerialGC settings are for laptops)
        String[] heapSizes = heap.split(":");   // SIZE, or INITIAL:MAX
        List<String> jvm = new ArrayList<>(List.of("-Xms" + heapSizes[0], "-Xmx" + heapSizes[heapSizes.length - 1]));
        if (profile != null) {   // a flight recording of each service, written when the stack stops
            jvm.add("-XX:FlightRecorderOptions:stackdepth=256");   // see BenchSupport.flightRecording
            jvm.add("-XX:StartFlightRecording=settings=profile,filename=" + profile + "/{service}.jfr,dumponexit=true");
        }
        if (nmt) {   // where the resident memory outside the heap goes, printed after the runs
            jvm.add("-XX:NativeMemoryTracking=summary");
        }
        builder.serviceJvmOptions(jvm);
        // the bench client stands for a crowd of consumers: the resolver's per-client budget would otherwise throttle it
        for (String budget : List.of("OCOP_SCAN_CLIENTS_BURST", "OCOP_SCAN_CLIENTS_REQUESTS_PER_MINUTE",
                "OCOP_SCAN_CLIENTS_NETWORK_BURST", "OCOP_SCAN_CLIENTS_NETWORK_REQUESTS_PER_MINUTE")) {
            builder.serviceEnvironment(budget, "1000000000");
        }
        // one producer issues the whole benchmark population in a day: more than a real producer's daily quota
        builder.serviceEnvironment("OCOP_SERIALS_MAX_PER_PRODUCER_PER_DAY", "10000000");
        for (int i = 0; i < args.length - 1; i++) {   // --env NAME=VALUE: a setting of the services to try
            if (args[i].equals("--env") && args[i + 1].contains("=")) {
                builder.serviceEnvironment(args[i + 1].substring(0, args[i + 1].indexOf('=')),
                        args[i + 1].substring(args[i + 1].indexOf('=') + 1));
            }
        }
        LocalStack stack = builder.start();
        try {
            URI base = stack.traceabilityUrl();
            Fixture fixture = seed(stack);
            String producer = stack.jwt().token("producer-" + fixture.producerId(), Set.of("producer"),
                    Map.of("producer_id", fixture.producerId().toString()), Duration.ofHours(4));
            JsonNode lot = created(base.resolve("/products/" + fixture.productId() + "/lots"), producer,
                    "{\"lotCode\":\"BENCH-2026\",\"productionDate\":\"" + LocalDate.now().minusDays(3)
                            + "\",\"quantity\":1000000,\"unit\":\"hộp\"}");
            String lotId = lot.get("id").asText();
            String lotLink = lot.get("digitalLink").asText();

            boolean resolve = !only.equals("capture");
            int first = Math.min(10_000, serials);
            Wrk small = null;
            Wrk large = null;
            Wrk hot = null;
            long rssBefore = 0;
            long rssAfter = 0;
            long rssSecond = 0;
            if (resolve) {
                long generation = generate(base, producer, lotId, first);
                System.out.printf("generated %,d serials in %.1f s%n", first, generation / 1e9);
                small = resolveRun(stack, base, fixture.gtin(), lotId, seconds, connections, workload);
                long started = System.nanoTime();
                generate(base, producer, lotId, serials - first);
                System.out.printf("generated %,d more serials in %.1f s%n", serials - first,
                        (System.nanoTime() - started) / 1e9);
                rssBefore = rss(stack);
                large = resolveRun(stack, base, fixture.gtin(), lotId, seconds, connections, workload);
                rssAfter = rss(stack);
                // a second run over other distinct units: does memory stay flat?
                resolveRun(stack, base, fixture.gtin(), lotId, seconds, connections, workload);
                rssSecond = rss(stack);
                if (nmt) {
                    nativeMemory(stack);
                }
                hot = resolveRun(stack, base, fixture.gtin(), lotId, seconds, connections, "hot");
            }
            Capture capture = only.equals("resolve") ? null
                    : captureRuns(stack, base, producer, lotId, lotLink, documents);

            System.out.println();
            if (resolve) {
                String what = switch (workload) {
                    case "first" -> "first scans of distinct units (no unit twice in a run)";
                    case "mixed" -> "80 % first scans, 20 % repeats of recently scanned units";
                    case "html" -> "first scans with Accept: text/html, the 307 followed (both requests counted)";
                    default -> "2,000 units rotated (the old hot-set workload)";
                };
                System.out.println("Workload: " + what);
                System.out.printf("resolve of a serial, %,d serials:    %,.0f req/s, p50 %.2f ms, p99 %.2f ms, %,d "
                        + "requests%n", first, small.serial().rate(), small.serial().p50(), small.serial().p99(),
                        small.serial().requests());
                System.out.printf("  baseline /.well-known/gs1resolver:  %,.0f req/s, p50 %.2f ms, p99 %.2f ms "
                        + "(throughput ratio %.2f)%n", small.trivial().rate(), small.trivial().p50(),
                        small.trivial().p99(), small.serial().rate() / small.trivial().rate());
                System.out.printf("resolve of a serial, %,d serials: %,.0f req/s, p50 %.2f ms, p99 %.2f ms, %,d "
                        + "requests (target p99 <= 20 ms)%n", serials, large.serial().rate(), large.serial().p50(),
                        large.serial().p99(), large.serial().requests());
                System.out.printf("  baseline /.well-known/gs1resolver:  %,.0f req/s, p50 %.2f ms, p99 %.2f ms "
                        + "(throughput ratio %.2f, target >= %s)%n", large.trivial().rate(), large.trivial().p50(),
                        large.trivial().p99(), large.serial().rate() / large.trivial().rate(),
                        switch (workload) {
                            case "mixed" -> "0.7";
                            case "html" -> "0.4";
                            default -> "0.6";
                        });
                System.out.println("  " + large.serial().cpu() + " (baseline: " + large.trivial().cpu()
                        .substring("CPU per request: ".length()) + ")");
                System.out.printf("p50 at %,d vs %,d serials: %.2f (target <= 1.2)%n", serials, first,
                        large.serial().p50() / small.serial().p50());
                System.out.printf("traceability RSS: %,d MB before the run at %,d serials, %,d MB after it, %,d MB "
                        + "after a second run (target <= 300 MB and flat)%n", rssBefore >> 20, serials,
                        rssAfter >> 20, rssSecond >> 20);
                System.out.printf("for comparison, the hot set (2,000 units rotated): %,.0f req/s, p99 %.2f ms "
                        + "(ratio %.2f)%n", hot.serial().rate(), hot.serial().p99(),
                        hot.serial().rate() / hot.trivial().rate());
                System.out.println("  " + hot.serial().cpu());
            }
            if (capture != null) {
                System.out.printf("EPCIS capture of 1,000-event documents: median %,.0f events/s over %d documents%n",
                        capture.captureRate(), documents);
                System.out.printf("  raw JDBC batch insert of the same rows: median %,.0f rows/s (ratio %.2f, target "
                        + ">= 0.3)%n", capture.jdbcRate(), capture.captureRate() / capture.jdbcRate());
            }
            System.out.println("wrk: " + connections + " connections, 2 threads, " + seconds + " s per run; nproc: "
                    + Runtime.getRuntime().availableProcessors());
        } finally {
            System.out.println("Stopping the stack ...");
            stack.close();
        }
    }

    private record Fixture(UUID producerId, UUID productId, String gtin) {
    }

    /** One wrk run; with the CPU time per request of the traceability JVM and of all PostgreSQL processes (µs). */
    private record Figures(double rate, double p50, double p99, long requests, double serviceCpuUs,
                           double databaseCpuUs) {

        Figures(double rate, double p50, double p99, long requests) {
            this(rate, p50, p99, requests, Double.NaN, Double.NaN);
        }

        /** These figures with the CPU used between {@code before} and {@code after}. */
        Figures with(Cpu before, Cpu after) {
            return new Figures(rate, p50, p99, requests, (after.serviceMs() - before.serviceMs()) * 1000.0 / requests,
                    (after.databaseMs() - before.databaseMs()) * 1000.0 / requests);
        }

        String cpu() {
            return String.format("CPU per request: traceability %,.0f µs, PostgreSQL %,.0f µs", serviceCpuUs,
                    databaseCpuUs);
        }
    }

    /**
     * CPU time used so far (user + system, ms) by the first traceability instance and by all PostgreSQL processes,
     * from /proc: what a request costs on each side, whatever else the machine runs.
     */
    private record Cpu(long serviceMs, long databaseMs) {

        /** Linux' USER_HZ: /proc reports CPU time in hundredths of a second. */
        private static final int TICK_MS = 10;

        static Cpu now(LocalStack stack) throws IOException {
            Path pidFile = stack.dataDirectory().resolve("pids").resolve(LocalStack.TRACEABILITY + ".pid");
            long service = ticks(Path.of("/proc", Files.readString(pidFile).trim(), "stat"));
            long database = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        if (Files.readString(process.resolve("comm")).trim().equals("postgres")) {
                            database += ticks(process.resolve("stat"));
                        }
                    } catch (IOException gone) {
                        // a backend that ended meanwhile
                    }
                }
            }
            return new Cpu(service * TICK_MS, database * TICK_MS);
        }

        /** utime + stime of /proc/{pid}/stat (fields 14 and 15; the name in parentheses may hold spaces). */
        private static long ticks(Path stat) throws IOException {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
    }

    private record Wrk(Figures serial, Figures trivial) {
    }

    private record Capture(double captureRate, double jdbcRate) {
    }

    /** A producer, a product with a GTIN and a valid 4★ certificate, straight into the traceability projections. */
    private static Fixture seed(LocalStack stack) throws Exception {
        UUID producer = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        String gtin = "08935000099995";
        try (Connection db = traceabilityDb(stack); Statement sql = db.createStatement()) {
            sql.execute("insert into producer (id, name, type, commune_code, commune_name, province_code, "
                    + "province_name, version, updated_at) values ('" + producer + "', 'HTX Bench', 'HTX', '05908', "
                    + "'Xã Phú Bình', '19', 'Tỉnh Thái Nguyên', 1, now())");
            sql.execute("insert into product (id, producer_id, name, group_code, gtin, version, updated_at) values ('"
                    + product + "', '" + producer + "', 'Cao ngựa bạch (bench)', 'HERB', '" + gtin + "', 1, now())");
            sql.execute("insert into certificate (id, product_id, number, stars, issuing_authority, decision_date, "
                    + "valid_until, registry_status, updated_at) values (gen_random_uuid(), '" + product
                    + "', 'OCOP-19-2026-99999', 4, 'UBND tỉnh Thái Nguyên', current_date - 30, current_date + 1000, "
                    + "'VALID', now())");
        }
        return new Fixture(producer, product, gtin);
    }

    private static long generate(URI base, String token, String lotId, int count) throws Exception {
        long started = System.nanoTime();
        for (int left = count; left > 0; left -= 100_000) {
            created(base.resolve("/lots/" + lotId + "/serials"), token, "{\"count\":" + Math.min(left, 100_000) + "}");
        }
        return System.nanoTime() - started;
    }

    /** Distinct units a first-scan run may draw from (more than a run at this machine's rate can scan). */
    private static final int POOL = 400_000;

    /**
     * wrk against the trivial endpoint, then against the lot's serials as {@code workload} says: {@code hot} rotates
     * 2,000 units; {@code first} walks a random order of units never scanned before, each wrk thread its own half, so
     * no unit is scanned twice in a run nor across runs; {@code mixed} takes
     * 20 % of its requests from the last 1,000 units it scanned; {@code html} asks for the scan page and follows each
     * 307 as a browser would.
     */
    private static Wrk resolveRun(LocalStack stack, URI base, String gtin, String lotId, int seconds,
                                  int connections, String workload) throws Exception {
        boolean hot = workload.equals("hot");
        List<String> paths = new ArrayList<>();
        try (Connection db = traceabilityDb(stack);
             PreparedStatement sql = db.prepareStatement("select s.serial, l.lot_code from serial s join lot l on "
                     + "l.id = s.lot_id where s.lot_id = ? and s.scan_count = 0 order by random() limit ?")) {
            sql.setObject(1, UUID.fromString(lotId));
            sql.setInt(2, hot ? 2000 : POOL / 3);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    paths.add("/01/" + gtin + "/10/" + rows.getString(2) + "/21/" + rows.getString(1));
                }
            }
        }
        Path hotScript = script(hotPaths(paths, hot), "hot");
        Path script = hot ? hotScript : script(paths, workload);
        try {
            // warm-up until the baseline is steady (two 5 s runs within 10 %: the JIT and the services' own start-up
            // work are done), then the serial path on the hot set (so that a first-scan run keeps its units unscanned)
            double previous = 0;
            for (int run = 0; run < 8; run++) {
                double rate = wrk(base.resolve("/.well-known/gs1resolver").toString(), null, 5, connections).rate();
                if (previous > 0 && Math.abs(rate - previous) / previous < 0.1) {
                    break;
                }
                previous = rate;
            }
            wrk(base.toString(), hotScript, 10, connections);
            Cpu start = Cpu.now(stack);
            Figures trivial = wrk(base.resolve("/.well-known/gs1resolver").toString(), null, seconds, connections);
            Cpu between = Cpu.now(stack);
            Figures serial = wrk(base.toString(), script, seconds, connections);
            Cpu end = Cpu.now(stack);
            trivial = trivial.with(start, between);
            serial = serial.with(between, end);
            if (!hot && serial.requests() > paths.size() * (workload.equals("html") ? 2L : 1L)) {
                System.out.printf("note: %,d requests drew on %,d distinct units: some were scanned twice%n",
                        serial.requests(), paths.size());
            }
            return new Wrk(serial, trivial);
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(hotScript);
        }
    }

    private static List<String> hotPaths(List<String> paths, boolean hot) {
        return hot ? paths : paths.subList(0, Math.min(2000, paths.size()));
    }

    /** The wrk Lua script of a workload over {@code paths}. */
    private static Path script(List<String> paths, String workload) throws IOException {
        Path script = Files.createTempFile("serials-" + workload + "-", ".lua");
        StringBuilder lua = new StringBuilder("paths = {");
        paths.forEach(p -> lua.append('"').append(p).append("\",\n"));
        lua.append("}\n");
        lua.append("""
                local threads = 0
                function setup(thread)
                  thread:set("id", threads)
                  threads = threads + 1
                end
                counter = 0
                recent = {}
                recentCount = 0
                recentNext = 1
                pending = nil
                accept = "application/json"
                """);
        if (workload.equals("html")) {
            lua.append("accept = \"text/html\"\n");
        }
        lua.append("""
                function nextDistinct()
                  local i = ((id or 0) + counter * 2) % #paths
                  counter = counter + 1
                  return paths[i + 1]
                end
                function remember(path)
                  recent[recentNext] = path
                  recentNext = recentNext % 1000 + 1
                  if recentCount < 1000 then recentCount = recentCount + 1 end
                end
                """);
        lua.append(switch (workload) {
            case "hot" -> """
                    request = function()
                      counter = counter + 1
                      return wrk.format("GET", paths[(counter % #paths) + 1], {["Accept"] = accept})
                    end
                    """;
            case "mixed" -> """
                    request = function()
                      local path
                      if recentCount > 0 and math.random() < 0.2 then
                        path = recent[math.random(recentCount)]
                      else
                        path = nextDistinct()
                        remember(path)
                      end
                      return wrk.format("GET", path, {["Accept"] = accept})
                    end
                    """;
            case "html" -> """
                    request = function()
                      if pending then
                        local path = pending
                        pending = nil
                        return wrk.format("GET", path, {["Accept"] = accept})
                      end
                      return wrk.format("GET", nextDistinct(), {["Accept"] = accept})
                    end
                    response = function(status, headers, body)
                      if status == 307 and headers["Location"] then
                        pending = headers["Location"]:gsub("^https?://[^/]+", "")
                      end
                    end
                    """;
            default -> """
                    request = function()
                      return wrk.format("GET", nextDistinct(), {["Accept"] = accept})
                    end
                    """;
        });
        Files.writeString(script, lua.toString());
        return script;
    }

    /** The committed memory of each JVM area of the (first) traceability instance, from its native memory tracking. */
    private static void nativeMemory(LocalStack stack) throws Exception {
        Path pidFile = stack.dataDirectory().resolve("pids").resolve(LocalStack.TRACEABILITY + ".pid");
        Process jcmd = new ProcessBuilder("jcmd", Files.readString(pidFile).trim(), "VM.native_memory", "summary")
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        Matcher area = Pattern.compile("(?m)^(?:-\\s+)?([A-Z][A-Za-z ]+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)")
                .matcher(output);
        StringBuilder areas = new StringBuilder("traceability JVM committed (native memory tracking):");
        while (area.find()) {
            long megabytes = Long.parseLong(area.group(2)) >> 10;
            if (megabytes > 0) {
                areas.append(' ').append(area.group(1).strip()).append(' ').append(megabytes).append(" MB,");
            }
        }
        System.out.println(areas.substring(0, areas.length() - 1));
    }

    /** Resident memory of the (first) traceability instance, from /proc. */
    private static long rss(LocalStack stack) throws IOException {
        Path pidFile = stack.dataDirectory().resolve("pids").resolve(LocalStack.TRACEABILITY + ".pid");
        String pid = Files.readString(pidFile).trim();
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }

    private static Figures wrk(String url, Path script, int seconds, int connections) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                "--latency"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        } else {
            command.addAll(List.of("-H", "Accept: application/json"));
        }
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || output.contains("Non-2xx")) {
            throw new IllegalStateException("wrk " + url + " failed or saw errors:\n" + output);
        }
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("no rate in wrk output:\n" + output);
        }
        double p50 = 0;
        double p99 = 0;
        Matcher latency = LATENCY.matcher(output);
        while (latency.find()) {
            double value = Double.parseDouble(latency.group(2)) * switch (latency.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000.0;
                default -> 1.0;
            };
            if (latency.group(1).equals("50")) {
                p50 = value;
            } else {
                p99 = value;
            }
        }
        Matcher requests = REQUESTS.matcher(output);
        return new Figures(Double.parseDouble(rate.group(1)), p50, p99,
                requests.find() ? Long.parseLong(requests.group(1)) : -1);
    }

    /** Documents captured before measuring: 10,000 events, so that the JIT has compiled the capture path. */
    private static final int WARM_UP_DOCUMENTS = 10;

    /** Captures documents of 1,000 observations on the lot; then inserts the last one's rows by plain JDBC batch. */
    private static Capture captureRuns(LocalStack stack, URI base, String token, String lotId, String lotLink,
                                       int documents) throws Exception {
        List<Double> rates = new ArrayList<>();
        String lastCapture = null;
        for (int run = 0; run < documents + WARM_UP_DOCUMENTS; run++) {
            String document = document(lotLink, run);
            long started = System.nanoTime();
            HttpResponse<String> accepted = expect(send(HttpRequest.newBuilder(base.resolve("/capture"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/ld+json")
                    .POST(HttpRequest.BodyPublishers.ofString(document))), 202);
            URI status = base.resolve(accepted.headers().firstValue("Location").orElseThrow());
            while (true) {
                JsonNode job = JSON.readTree(expect(send(HttpRequest.newBuilder(status)
                        .header("Authorization", "Bearer " + token).GET()), 200).body());
                if (!job.path("running").asBoolean()) {
                    if (!job.path("success").asBoolean()) {
                        throw new IllegalStateException("capture failed: " + job);
                    }
                    break;
                }
                Thread.sleep(5);
            }
            double rate = 1000 / ((System.nanoTime() - started) / 1e9);
            if (run >= WARM_UP_DOCUMENTS) {
                rates.add(rate);
            }
            lastCapture = status.getPath().substring(status.getPath().lastIndexOf('/') + 1);
        }
        List<Double> jdbc = new ArrayList<>();
        try (Connection db = traceabilityDb(stack); Statement sql = db.createStatement()) {
            // the same definition as epcis_event: columns, defaults, checks, indexes and the foreign key to the lot
            sql.execute("create table bench_epcis_event (like epcis_event including all)");
            sql.execute("alter table bench_epcis_event add foreign key (lot_id) references lot (id)");
            for (int run = 0; run < documents + 2; run++) {
                sql.execute("truncate bench_epcis_event");
                double rate = jdbcInsert(db, UUID.fromString(lastCapture));
                if (run >= 2) {
                    jdbc.add(rate);
                }
            }
        }
        Collections.sort(rates);
        Collections.sort(jdbc);
        return new Capture(rates.get(rates.size() / 2), jdbc.get(jdbc.size() / 2));
    }

    private static final String COLUMNS = "id, lot_id, seq, event_id, event_type, event_time, "
            + "event_time_zone_offset, biz_step, disposition, read_point, biz_location, recorded_by, recorded_at, "
            + "capture_id, body, previous_hash, hash";

    /** Reads the capture's rows into memory, then times inserting them in one batch and one transaction. */
    private static double jdbcInsert(Connection db, UUID captureId) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select " + COLUMNS.replace("body", "body::text")
                + " from epcis_event where capture_id = ? order by seq")) {
            select.setObject(1, captureId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[17];
                    for (int i = 0; i < 17; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        if (rows.size() != 1000) {
            throw new IllegalStateException("expected 1000 captured rows, found " + rows.size());
        }
        long started = System.nanoTime();
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("insert into bench_epcis_event (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)")) {
            for (Object[] row : rows) {
                for (int i = 0; i < 17; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        return rows.size() / ((System.nanoTime() - started) / 1e9);
    }

    private static String document(String lotLink, int run) {
        ObjectNode document = JSON.createObjectNode();
        document.putArray("@context").add("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        ArrayNode events = document.putObject("epcisBody").putArray("eventList");
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(2).plusMinutes(run * 1000L);
        for (int i = 0; i < 1000; i++) {
            ObjectNode event = events.addObject();
            event.put("type", "ObjectEvent");
            event.put("eventTime", start.plusSeconds(i).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            event.put("eventTimeZoneOffset", "+07:00");
            event.put("action", "OBSERVE");
            event.putArray("quantityList").addObject().put("epcClass", lotLink).put("quantity", 10);
            event.put("bizStep", "storing");
            event.put("disposition", "in_progress");
            event.putObject("readPoint").put("id", "https://id.ocop.vn/communes/05908");
        }
        return document.toString();
    }

    private static Connection traceabilityDb(LocalStack stack) throws Exception {
        return database(stack, LocalStack.TRACEABILITY_DATABASE);
    }

}
