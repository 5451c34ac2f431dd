package vn.ocop.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import io.smallrye.common.annotation.Identifier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ocop.contract.EventTypes;
import vn.ocop.platform.kafka.TopicAdmin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes a service's outbox rows to its topic ({@link OutboxTopic}) and marks them sent; the one relay of both
 * services. One relay runs at a time across the instances of a service (a PostgreSQL advisory lock). Order per key is
 * kept even when Kafka fails half-way: each round sends at most one row per key and a key stops at its first failure,
 * so no later event of a product overtakes an earlier one. While Kafka is unreachable rows stay pending and the relay
 * backs off exponentially; nothing is lost.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x0C0B_0071L;
    /** Least time between two reads of the backlog gauges. */
    private static final long BACKLOG_READ_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final OutboxConfig config;
    private final EntityManager em;
    private final Clock clock;
    private final String bootstrapServers;
    private final OutboxTracing tracing;
    private final OutboxTopic topic;
    private final TopicAdmin topics;
    private final String clientId;
    private final Map<String, Object> security;
    private final Semaphore signal = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private long backlogReadAt = System.nanoTime() - BACKLOG_READ_EVERY_NANOS;
    private final Counter published;
    private final Counter failures;

    private volatile boolean running;
    private volatile boolean topicReady;
    private Thread worker;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(OutboxConfig config, EntityManager em, Clock clock, MeterRegistry metrics,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "quarkus.application.name") String application,
                       OutboxTracing tracing, OutboxTopic topic, TopicAdmin topics,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.config = config;
        this.tracing = tracing;
        this.topic = topic;
        this.topics = topics;
        this.clientId = application + "-outbox-relay";
        this.em = em;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
        this.security = TopicAdmin.securitySettings(kafkaConfig);
        Gauge.builder("ocop.outbox.pending", pending, AtomicLong::get)
                .description("Outbox events not yet published to Kafka").register(metrics);
        Gauge.builder("ocop.outbox.oldest.pending.age", oldestPendingSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest unpublished outbox event").register(metrics);
        this.published = Counter.builder("ocop.outbox.published").description("Outbox events published")
                .register(metrics);
        this.failures = Counter.builder("ocop.outbox.publish.failures").description("Failed publish attempts")
                .register(metrics);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            return;
        }
        Map<String, Object> settings = new HashMap<>(security);
        settings.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000,
                ProducerConfig.LINGER_MS_CONFIG, 0));
        producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
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
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Asks the relay to run now (called after a transaction with new events commits). */
    public void wake() {
        signal.release();
    }

    @Scheduled(every = "1h", delayed = "1m")
    void deleteOldSentEvents() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(config.retention());
        int deleted = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "delete from OutboxEvent e where e.sentAt is not null and e.sentAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate());
        if (deleted > 0) {
            LOG.debugf("deleted %d published outbox events", deleted);
        }
    }

    private void loop() {
        long backoff = 0;
        while (running) {
            try {
                if (backoff > 0) {
                    Thread.sleep(backoff);
                } else {
                    signal.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
                signal.drainPermits();
                if (!running) {
                    return;
                }
                Run run;
                do {
                    run = relayBatch();
                } while (run.complete() && run.sent() > 0 && running);
                backoff = run.complete() ? 0
                        : Math.min(config.maxBackoff().toMillis(), backoff == 0 ? 250 : backoff * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("outbox relay run failed: " + e.getMessage());
                backoff = Math.min(config.maxBackoff().toMillis(), backoff == 0 ? 250 : backoff * 2);
            }
        }
    }

    /** Outcome of one batch: how many rows were published and whether every row read was published. */
    record Run(int sent, boolean complete) {
    }

    private Run relayBatch() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            // plans made for this run's table size, not a generic plan cached while the table was small: that plan
            // read every row of the outbox (a sequential scan) on each run, sent rows included
            Object[] locked = (Object[]) em.createNativeQuery("select pg_try_advisory_xact_lock(?1), "
                            + "set_config('plan_cache_mode', 'force_custom_plan', true)")
                    .setParameter(1, LOCK_KEY).getSingleResult();
            if (!Boolean.TRUE.equals(locked[0])) {
                return new Run(0, true);
            }
            List<OutboxEvent> rows = em.createQuery(
                    "from OutboxEvent e where e.sentAt is null order by e.seq", OutboxEvent.class)
                    .setMaxResults(config.batchSize()).getResultList();
            Run run = rows.isEmpty() ? new Run(0, true) : publish(rows);
            refreshBacklogIfDue();
            if (!rows.isEmpty()) {
                LOG.debugf("relayed %d of %d events (complete: %s), %d pending", run.sent(), rows.size(),
                        run.complete(), pending.get());
            }
            return run;
        });
    }

    private Run publish(List<OutboxEvent> rows) {
        if (!ensureTopic()) {
            failures.increment();
            return new Run(0, false);
        }
        Map<String, Deque<OutboxEvent>> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.computeIfAbsent(r.aggregateKey, k -> new ArrayDeque<>()).add(r));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> sentSeqs = new ArrayList<>();
        boolean complete = true;
        while (!byKey.isEmpty()) {
            List<OutboxEvent> round = new ArrayList<>();
            List<Future<RecordMetadata>> futures = new ArrayList<>();
            for (Deque<OutboxEvent> queue : byKey.values()) {
                OutboxEvent row = queue.peek();
                Future<RecordMetadata> future;
                try {
                    future = producer.send(record(row));
                } catch (RuntimeException e) {
                    future = java.util.concurrent.CompletableFuture.failedFuture(e);
                }
                if (future.isDone() && failedAlready(future)) {
                    // the producer could not even queue it (no metadata: Kafka is down); stop the batch here rather
                    // than wait max.block.ms for every other key
                    failed(row, "Kafka unreachable");
                    byKey.remove(row.aggregateKey);
                    complete = false;
                    break;
                }
                futures.add(future);
                round.add(row);
            }
            for (int i = 0; i < round.size(); i++) {
                OutboxEvent row = round.get(i);
                try {
                    futures.get(i).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    sentSeqs.add(row.seq);
                    byKey.get(row.aggregateKey).poll();
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    failed(row, String.valueOf(e.getCause() != null ? e.getCause() : e));
                    byKey.remove(row.aggregateKey);
                    complete = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            for (Iterator<Deque<OutboxEvent>> it = byKey.values().iterator(); it.hasNext(); ) {
                if (it.next().isEmpty()) {
                    it.remove();
                }
            }
            if (!complete) {
                break;
            }
        }
        markSent(sentSeqs, now);
        published.increment(sentSeqs.size());
        return new Run(sentSeqs.size(), complete);
    }

    /**
     * Marks the published rows sent in one statement. Left to dirty checking, each row was an update of every column,
     * its payload included: the largest cost PostgreSQL had during a register import.
     */
    private void markSent(List<Long> seqs, OffsetDateTime now) {
        if (!seqs.isEmpty()) {
            em.createQuery("update OutboxEvent e set e.sentAt = :now, e.attempts = e.attempts + 1 where e.seq in :seqs")
                    .setParameter("now", now).setParameter("seqs", seqs).executeUpdate();
        }
    }

    private static boolean failedAlready(Future<RecordMetadata> future) {
        try {
            future.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private ProducerRecord<String, String> record(OutboxEvent row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic.name(), row.aggregateKey,
                row.payload);
        record.headers().add("content-type", EventTypes.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", row.type.getBytes(StandardCharsets.UTF_8));
        tracing.inject(row, record);
        return record;
    }

    private void failed(OutboxEvent row, String error) {
        row.attempts++;
        row.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        failures.increment();
    }

    private boolean ensureTopic() {
        if (!topicReady) {
            topicReady = topics.ensure(List.of(topic.name(), topic.deadLetter()));
        }
        return topicReady;
    }

    /**
     * Reads the backlog gauges at most once a second (only the relay's thread calls it). The count walks the pending
     * rows' index, dead entries included until vacuum reaches them: read before and after every batch, it was
     * PostgreSQL's most frequent statement during a register import.
     */
    private void refreshBacklogIfDue() {
        long now = System.nanoTime();
        if (now - backlogReadAt >= BACKLOG_READ_EVERY_NANOS) {
            refreshBacklog();
            backlogReadAt = now;
        }
    }

    private void refreshBacklog() {
        Object[] backlog = (Object[]) em.createNativeQuery(
                "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) "
                        + "from outbox_event where sent_at is null").getSingleResult();
        pending.set(((Number) backlog[0]).longValue());
        oldestPendingSeconds.set(((Number) backlog[1]).longValue());
    }
}
