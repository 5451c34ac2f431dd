package vn.ocop.traceability.scan.rest;

import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.ocop.traceability.scan.config.ScanClientsConfig;
import vn.ocop.traceability.scan.service.ScanClients;
import vn.ocop.traceability.serial.SerialVerifier.Client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Identifies the client of every resolver and scan request ({@code /01/…}, {@code /scan/01/…}, {@code /p/…}) once,
 * before any resource runs, and holds it to its budget: 429 problem+json with {@code Retry-After} beyond it. The
 * resources find the client in the routing context ({@link #client(RoutingContext)}).
 */
@ApplicationScoped
public class ScanClientFilter {

    private static final String CLIENT_KEY = "ocop.scan.client";

    private final ScanClients clients;
    private final ScanClientsConfig config;
    private final ObjectMapper json;

    public ScanClientFilter(ScanClients clients, ScanClientsConfig config, ObjectMapper json) {
        this.clients = clients;
        this.config = config;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::admit);
    }

    /** The client of a resolver or scan request; {@link Client#UNKNOWN} for other requests. */
    public static Client client(RoutingContext routing) {
        Client client = routing == null ? null : routing.get(CLIENT_KEY);
        return client == null ? Client.UNKNOWN : client;
    }

    private void admit(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        String path = ctx.request().path();
        if ((method != HttpMethod.GET && method != HttpMethod.HEAD) || path == null
                || !(path.startsWith("/01/") || path.startsWith("/scan/01/") || path.startsWith("/p/"))) {
            ctx.next();
            return;
        }
        SocketAddress remote = ctx.request().remoteAddress();
        Client client = clients.identify(remote == null ? null : remote.hostAddress(),
                ctx.request().getHeader(HttpHeaders.USER_AGENT));
        ctx.put(CLIENT_KEY, client);
        Optional<Duration> wait = clients.admit(client);
        if (wait.isEmpty()) {
            ctx.next();
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        Problem problem = Problem.of(429, "rate-limited",
                "This client sent more than " + config.burst() + " resolver requests at once or more than "
                        + config.requestsPerMinute() + " per minute (its network: " + config.networkBurst()
                        + " / " + config.networkRequestsPerMinute() + "); retry after " + seconds + " s",
                List.of(new FieldError("client", "limit " + config.requestsPerMinute()
                        + " requests per minute, burst " + config.burst())));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "";
        }
        ctx.response().setStatusCode(429).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(seconds)).end(body);
    }
}
