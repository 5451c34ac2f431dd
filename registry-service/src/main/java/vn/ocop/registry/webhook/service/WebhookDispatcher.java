package vn.ocop.registry.webhook.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.ocop.registry.partner.service.PartnerService;
import vn.ocop.registry.platform.config.OutboundConfig;
import vn.ocop.registry.platform.http.OutboundAddresses;
import vn.ocop.registry.partner.service.PartnerService.WebhookEndpoint;
import vn.ocop.registry.webhook.WebhookDelivery;
import vn.ocop.registry.webhook.config.WebhookConfig;
import vn.ocop.registry.webhook.repository.WebhookDeliveryRepository;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends pending webhook deliveries, signed as Standard Webhooks require. Each run claims the due deliveries that head
 * their (partner, product) chain with {@code FOR UPDATE SKIP LOCKED} and leases them (pushes {@code next_attempt_at}
 * past the attempt's timeout) before sending, so several instances never send the same delivery at once and a slow
 * partner holds up nobody else. A later event of a partner's product waits until the earlier one is delivered or
 * failed. 2xx delivers; anything else is retried with exponential backoff until {@code give-up-after} since the event.
 * The URL is judged again before every attempt ({@link OutboundAddresses}); redirects are not followed, at most
 * {@code ocop.outbound.max-response-bytes} of a response body are read, and {@code ocop.webhooks.timeout} bounds the
 * whole attempt.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);
    private static final int MAX_ERROR = 1000;

    /** A claimed delivery, ready to send. */
    private record Claim(UUID id, String payload, WebhookEndpoint endpoint) {
    }

    private final WebhookConfig config;
    private final WebhookDeliveryRepository deliveries;
    private final PartnerService partners;
    private final Clock clock;
    private final OutboundAddresses outbound;
    private final OutboundConfig outboundConfig;
    private final Semaphore signal = new Semaphore(0);

    private volatile boolean running;
    private Thread worker;
    private ExecutorService executor;
    private HttpClient client;

    public WebhookDispatcher(WebhookConfig config, WebhookDeliveryRepository deliveries, PartnerService partners,
                             Clock clock, OutboundAddresses outbound, OutboundConfig outboundConfig) {
        this.outbound = outbound;
        this.outboundConfig = outboundConfig;
        this.config = config;
        this.deliveries = deliveries;
        this.partners = partners;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "webhook-sender");
            t.setDaemon(true);
            return t;
        });
        client = HttpClient.newBuilder().connectTimeout(outboundConfig.connectTimeout()).executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        running = true;
        worker = new Thread(this::loop, "webhook-dispatcher");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        signal.release();
        if (worker != null) {
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor.shutdownNow();
        }
    }

    /** Asks the worker to run now (after a commit that added or re-queued deliveries). */
    public void wake() {
        signal.release();
    }

    private void loop() {
        while (running) {
            try {
                signal.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
                if (!running) {
                    return;
                }
                List<Claim> claims;
                do {
                    claims = claim();
                    claims.forEach(this::send);
                } while (claims.size() == config.batchSize() && running);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("webhook dispatch run failed: " + e.getMessage());
            }
        }
    }

    private List<Claim> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<Claim> claims = new ArrayList<>();
            for (UUID id : deliveries.lockDue(now, config.batchSize())) {
                WebhookDelivery delivery = deliveries.findById(id);
                Optional<WebhookEndpoint> endpoint = partners.webhookEndpoint(delivery.partnerId);
                if (endpoint.isEmpty()) {
                    delivery.state = WebhookDelivery.State.FAILED;
                    delivery.nextAttemptAt = null;
                    delivery.lastError = "The partner has no webhook URL";
                    continue;
                }
                delivery.nextAttemptAt = now.plus(config.timeout()).plus(LEASE_MARGIN);
                claims.add(new Claim(delivery.id, delivery.payload, endpoint.get()));
            }
            return claims;
        });
    }

    private void send(Claim claim) {
        // judged again at every delivery: the host's DNS answer may have changed since registration
        Optional<String> refused = outbound.refusal(claim.endpoint().url());
        if (refused.isPresent()) {
            record(claim.id(), null, "Refused: the webhook URL " + refused.get());
            return;
        }
        HttpRequest request;
        try {
            long timestamp = clock.instant().getEpochSecond();
            request = HttpRequest.newBuilder(URI.create(claim.endpoint().url())).timeout(config.timeout())
                    .header("content-type", "application/json")
                    .header("user-agent", "ocop-registry-webhooks/1")
                    .header("webhook-id", claim.id().toString())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(claim.endpoint().secret(),
                            claim.id().toString(), timestamp, claim.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(claim.payload(), StandardCharsets.UTF_8)).build();
        } catch (RuntimeException e) {
            record(claim.id(), null, "Cannot build the request: " + e.getMessage());
            return;
        }
        int cap = outboundConfig.maxResponseBytes();
        client.sendAsync(request, info -> new CappedBody(cap))
                .orTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((response, error) -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                record(claim.id(), null, cause.getClass().getSimpleName()
                        + (cause.getMessage() != null ? ": " + cause.getMessage() : ""));
            } else if (response.statusCode() / 100 == 2) {
                record(claim.id(), response.statusCode(), null);
            } else {
                String body = response.body() == null ? ""
                        : new String(response.body(), StandardCharsets.UTF_8).strip();
                record(claim.id(), response.statusCode(), "HTTP " + response.statusCode()
                        + (body.isEmpty() ? "" : ": " + body));
            }
        }, executor);
    }

    /** Records one attempt: {@code error} null means delivered. */
    private void record(UUID id, Integer status, String error) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookDelivery delivery = deliveries.findById(id);
                if (delivery == null || delivery.state != WebhookDelivery.State.PENDING) {
                    return;
                }
                OffsetDateTime now = OffsetDateTime.now(clock);
                delivery.attempts++;
                delivery.lastStatus = status;
                delivery.lastError = error == null || error.length() <= MAX_ERROR ? error
                        : error.substring(0, MAX_ERROR);
                if (error == null) {
                    delivery.state = WebhookDelivery.State.DELIVERED;
                    delivery.deliveredAt = now;
                    delivery.nextAttemptAt = null;
                    return;
                }
                OffsetDateTime giveUpAt = delivery.createdAt.plus(config.giveUpAfter());
                if (!now.isBefore(giveUpAt)) {
                    delivery.state = WebhookDelivery.State.FAILED;
                    delivery.nextAttemptAt = null;
                    return;
                }
                OffsetDateTime next = now.plus(backoff(delivery.attempts));
                delivery.nextAttemptAt = next.isAfter(giveUpAt) ? giveUpAt : next;
            });
            if (error == null) {
                signal.release(); // the next event of the chain may go now
            }
        } catch (RuntimeException e) {
            LOG.warnf("cannot record webhook attempt %s: %s", id, e.getMessage());
        }
    }

    /** initial-backoff × 2^(attempts − 1), at most max-interval. */
    private Duration backoff(int attempts) {
        Duration max = config.maxInterval();
        Duration wait = config.initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
