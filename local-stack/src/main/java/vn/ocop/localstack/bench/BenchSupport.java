package vn.ocop.localstack.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the benchmark mains share: command-line options, timing, percentiles and one HTTP client. */
final class BenchSupport {

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

    /** The value after {@code name} in {@code args}, or {@code fallback}. */
    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** {@code --profile DIR}: a flight recording of each service, written to DIR/{service}.jfr when the stack stops. */
    static vn.ocop.localstack.LocalStack.Builder flightRecording(vn.ocop.localstack.LocalStack.Builder builder,
                                                                String[] args) {
        String profile = option(args, "--profile", null);
        return profile == null ? builder : builder.addServiceJvmOption(
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
