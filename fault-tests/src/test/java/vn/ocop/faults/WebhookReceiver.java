package vn.ocop.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner's webhook endpoint on the loopback interface with the idempotent check a partner should make: a
 * {@code webhook-id} seen before is acknowledged again but not processed twice. Keeps, per (product, event type), the
 * distinct ids processed, so a change delivered under two ids (a real double) is told apart from a repeated delivery.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Set<String> processedIds = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> idsByProductAndType = new ConcurrentHashMap<>();
    private final AtomicInteger deliveries = new AtomicInteger();
    private final AtomicInteger repeatedDeliveries = new AtomicInteger();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            deliveries.incrementAndGet();
            if (id != null && processedIds.add(id)) {
                JsonNode payload = JSON.readTree(body);
                String key = payload.path("data").path("productId").asText() + " " + payload.path("type").asText();
                idsByProductAndType.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
            } else {
                repeatedDeliveries.incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** Distinct webhook ids processed for the product's events of {@code type}. */
    int idsFor(String productId, String type) {
        return idsByProductAndType.getOrDefault(productId + " " + type, Set.of()).size();
    }

    int processed() {
        return processedIds.size();
    }

    int deliveries() {
        return deliveries.get();
    }

    int repeatedDeliveries() {
        return repeatedDeliveries.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
