package vn.ocop.registry.webhook;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A partner's webhook endpoint for tests: records every request and answers 200, or 503 while told to fail. */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received, with the status it was answered. */
    record Received(String id, String timestamp, String signature, String contentType, String body, int answered) {

        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    private final HttpServer server;
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failing ? 503 : 200;
            var headers = exchange.getRequestHeaders();
            requests.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), headers.getFirst("content-type"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** From now on answer 503 ({@code true}) or 200. */
    public void failing(boolean failing) {
        this.failing = failing;
    }

    List<Received> requests() {
        return List.copyOf(requests);
    }

    List<Received> delivered() {
        return requests.stream().filter(r -> r.answered() == 200).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
