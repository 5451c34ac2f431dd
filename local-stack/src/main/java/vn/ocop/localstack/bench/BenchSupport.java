package vn.ocop.localstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.ocop.infra.EmbeddedPostgresServer;
import vn.ocop.localstack.LocalStack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the benchmark mains share: command-line options, timing, percentiles, one HTTP client, creating through the
 * API and reaching the stack's databases directly.
 */
final class BenchSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private BenchSupport() {
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** Something timed by {@link #time}. */
    interface Call {
        void run() throws Exception;
    }

    /** Runs {@code call} {@code times} times and returns the sorted durations in nanoseconds. */
    static List<Long> time(int times, Call call) throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            call.run();
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        return nanos;
    }

    /** Sends the request with the benchmarks' shared client, body as UTF-8 text. */
    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends the request with the benchmarks' shared client, body as {@code body} reads it. */
    static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
        return HTTP.send(request.build(), body);
    }

    /** The response, or an exception naming the URI, status and body when the status is not {@code status}. */
    static <T> HttpResponse<T> expect(HttpResponse<T> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + (response.body() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                    : response.body()));
        }
        return response;
    }

    /** POSTs the JSON text with the bearer token; the created resource (any status but 201 fails). */
    static JsonNode created(URI uri, String token, String json) throws Exception {
        return JSON.readTree(expect(send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))), 201).body());
    }

    /** A superuser connection to one of the stack's databases: seeding, or reading behind the services' backs. */
    static Connection database(LocalStack stack, String name) throws SQLException {
        return DriverManager.getConnection(stack.postgres().jdbcUrl(name), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
    }

    /** The value after {@code name} in {@code args}, or {@code fallback}. */
    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /**
     * {@code --profile DIR}: a flight recording of each service, written to DIR/{service}.jfr when the stack stops
     * (DIR is created). Stacks are kept 256 frames deep: at the JVM's 64 a request through Quarkus, Hibernate and the
     * JDBC driver loses its own frames, so half the samples could not be told apart.
     */
    static LocalStack.Builder flightRecording(LocalStack.Builder builder, String[] args) throws java.io.IOException {
        String profile = option(args, "--profile", null);
        if (profile == null) {
            return builder;
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of(profile));
        return builder.addServiceJvmOption("-XX:FlightRecorderOptions:stackdepth=256").addServiceJvmOption(
                "-XX:StartFlightRecording=settings=profile,filename=" + profile + "/{service}.jfr,dumponexit=true");
    }

    /** {@code --hold SECONDS}: keeps the seeded stack up for a look by hand, after saying how to reach it. */
    static void hold(String[] args, java.util.concurrent.Callable<String> where) throws Exception {
        int seconds = Integer.parseInt(option(args, "--hold", "0"));
        if (seconds > 0) {
            System.out.printf("holding %d s: %s%n", seconds, where.call());
            Thread.sleep(seconds * 1000L);
        }
    }
}
