package vn.ocop.registry.operations.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ocop.contract.Topics;
import vn.ocop.registry.certificate.ExpiryRunFinished;
import vn.ocop.registry.operations.repository.OperationsRepository;
import vn.ocop.registry.operations.repository.OperationsRepository.Backlog;
import vn.ocop.registry.operations.repository.OperationsRepository.FinishedImport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry's operational gauges, refreshed every 15 s from the database and Kafka: webhook and notification
 * backlogs (count, oldest age, failing), webhooks given up on, the last certificate expiry run, the dead-letter depth of
 * the traceability events, and the durations of finished import jobs. Names are those of the dashboards and alert
 * rules in {@code deploy/observability/}.
 */
@ApplicationScoped
public class OperationsMetrics {

    /** Name under which the certificate expiry run records that it finished. */
    public static final String EXPIRY_RUN = "certificate-expiry";

    private static final Logger LOG = Logger.getLogger(OperationsMetrics.class);

    private final OperationsRepository repository;
    private final Clock clock;
    private final String bootstrapServers;
    private final Timer importDurations;
    private final AtomicLong webhooksPending = new AtomicLong();
    private final AtomicLong webhooksOldest = new AtomicLong();
    private final AtomicLong webhooksFailing = new AtomicLong();
    private final AtomicLong webhooksGivenUp = new AtomicLong();
    private final AtomicLong notificationsPending = new AtomicLong();
    private final AtomicLong notificationsOldest = new AtomicLong();
    private final AtomicLong notificationsFailing = new AtomicLong();
    private final AtomicLong expiryLastRun = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private OffsetDateTime importsSeenUntil;

    public OperationsMetrics(OperationsRepository repository, Clock clock, MeterRegistry registry,
                             @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.repository = repository;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
        gauge(registry, "ocop.webhooks.pending", webhooksPending, "Webhook deliveries not yet delivered");
        gauge(registry, "ocop.webhooks.oldest.pending.age", webhooksOldest, "Age in seconds of the oldest pending "
                + "webhook delivery");
        gauge(registry, "ocop.webhooks.failing", webhooksFailing, "Pending webhook deliveries whose last attempt "
                + "failed");
        gauge(registry, "ocop.webhooks.given.up", webhooksGivenUp, "Webhook deliveries given up on");
        gauge(registry, "ocop.notifications.pending", notificationsPending, "E-mail notifications not yet sent");
        gauge(registry, "ocop.notifications.oldest.pending.age", notificationsOldest, "Age in seconds of the oldest "
                + "unsent notification");
        gauge(registry, "ocop.notifications.failing", notificationsFailing, "Unsent notifications whose last "
                + "attempt failed");
        gauge(registry, "ocop.certificates.expiry.last.run", expiryLastRun, "When the certificate expiry run last "
                + "finished, epoch seconds (0: never)");
        Gauge.builder("ocop.dlq.messages", deadLetters, AtomicLong::get).description("Records on the dead-letter "
                + "topic").tag("topic", Topics.TRACEABILITY_EVENTS_DLQ).register(registry);
        this.importDurations = Timer.builder("ocop.imports.duration").description("Duration of finished register "
                + "import jobs").publishPercentileHistogram().register(registry);
    }

    /** Records that the certificate expiry run finished now. */
    void expiryRunFinished(@Observes ExpiryRunFinished run) {
        repository.runFinished(EXPIRY_RUN, OffsetDateTime.now(clock));
        expiryLastRun.set(repository.lastRun(EXPIRY_RUN));
    }

    @Scheduled(every = "${ocop.operations.refresh:15s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        safely("webhooks", () -> set(repository.webhookBacklog(), webhooksPending, webhooksOldest,
                webhooksFailing));
        safely("webhooks given up", () -> webhooksGivenUp.set(repository.webhooksGivenUp()));
        safely("notifications", () -> set(repository.notificationBacklog(), notificationsPending,
                notificationsOldest, notificationsFailing));
        safely("expiry run", () -> expiryLastRun.set(repository.lastRun(EXPIRY_RUN)));
        safely("imports", this::recordFinishedImports);
        refreshDeadLetters();
    }

    private void recordFinishedImports() {
        if (importsSeenUntil == null) {
            importsSeenUntil = OffsetDateTime.now(clock).minusMinutes(1);
        }
        for (FinishedImport job : repository.importsFinishedAfter(importsSeenUntil)) {
            importDurations.record(job.duration());
            importsSeenUntil = OffsetDateTime.ofInstant(Instant.ofEpochMilli(job.finishedAtMillis()), ZoneOffset.UTC);
        }
    }

    private static void safely(String what, Runnable refresh) {
        try {
            refresh.run();
        } catch (RuntimeException e) {
            LOG.debugf("%s metrics not refreshed: %s", what, e.getMessage());
        }
    }

    private void refreshDeadLetters() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000))) {
            String topic = Topics.TRACEABILITY_EVENTS_DLQ;
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(5, TimeUnit.SECONDS).get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            deadLetters.set(offsets(admin, partitions, OffsetSpec.latest())
                    - offsets(admin, partitions, OffsetSpec.earliest()));
        } catch (Exception e) {
            // no dead letter yet (the topic does not exist) or Kafka unreachable: keep the last value
            LOG.debugf("dead-letter depth not refreshed: %s", e.getMessage());
        }
    }

    private static long offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .all().get(5, TimeUnit.SECONDS).values().stream().mapToLong(i -> i.offset()).sum();
    }

    private static void set(Backlog backlog, AtomicLong pending, AtomicLong oldest, AtomicLong failing) {
        pending.set(backlog.pending());
        oldest.set(backlog.oldestAgeSeconds());
        failing.set(backlog.failing());
    }

    private static void gauge(MeterRegistry registry, String name, AtomicLong value, String description) {
        Gauge.builder(name, value, AtomicLong::get).description(description).register(registry);
    }
}
