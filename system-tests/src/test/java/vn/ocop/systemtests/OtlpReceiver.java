package vn.ocop.systemtests;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A collector for the packaged services' spans: accepts OTLP over HTTP (protobuf) on a loopback port and keeps the
 * request bodies. A span's trace id travels as its 16 raw bytes and each export names its service
 * ({@code service.name}), so a test can tell which service exported spans of a trace without a protobuf library.
 */
final class OtlpReceiver {

    private final HttpServer server;
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(server);
            server.createContext("/", exchange -> {
                receiver.exports.add(exchange.getRequestBody().readAllBytes());
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, 0);   // an empty ExportTraceServiceResponse
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Whether {@code service} exported at least one span of the trace {@code traceId} (32 hex digits). */
    boolean exported(String service, String traceId) {
        byte[] id = HexFormat.of().parseHex(traceId);
        byte[] name = service.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return exports.stream().anyMatch(body -> contains(body, name) && contains(body, id));
    }

    private static boolean contains(byte[] body, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= body.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
