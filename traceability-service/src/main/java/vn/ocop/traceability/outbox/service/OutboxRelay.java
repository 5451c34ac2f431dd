package vn.ocop.traceability.outbox.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.TraceContexts;
import vn.ocop.platform.outbox.OutboxEvent;
import vn.ocop.traceability.outbox.config.OutboxConfig;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Publishes pending outbox rows in order through the {@code traceability-events} channel and marks each sent once
 * Kafka has acknowledged it. Rows are claimed with {@code for update skip locked}, so several instances never send
 * the same row; a failure stops the run (later rows wait, order is kept) and the row is retried on the next tick.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final EntityManager em;
    private final OutboxConfig config;
    private final Clock clock;

    public OutboxRelay(@Channel("traceability-events") MutinyEmitter<String> emitter, EntityManager em,
                       OutboxConfig config, Clock clock) {
        this.emitter = emitter;
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    private volatile boolean stopping;

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(every = "${ocop.outbox.poll-interval:1s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        if (stopping) {
            return;
        }
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
        } while (sent == config.batchSize() && !stopping);
    }

    private int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> rows = em.createNativeQuery("select * from outbox_event where sent_at is null "
                        + "order by seq limit ?1 for update skip locked", OutboxEvent.class)
                .setParameter(1, config.batchSize()).getResultList();
        int sent = 0;
        for (OutboxEvent row : rows) {
            try (Scope ignored = TraceContexts.fromTraceparent(row.traceparent).makeCurrent()) {
                emitter.sendMessage(message(row)).await().atMost(config.sendTimeout());
                row.sentAt = OffsetDateTime.now(clock);
                row.attempts++;
                sent++;
            } catch (RuntimeException e) {
                row.attempts++;
                String error = String.valueOf(e.getMessage());
                row.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
                LOG.warnf("outbox event %s not published yet: %s", row.id, error);
                break;
            }
        }
        return sent;
    }

    private static Message<String> message(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", EventTypes.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", row.type.getBytes(StandardCharsets.UTF_8));
        if (row.traceparent != null) {
            headers.add(TraceContexts.TRACEPARENT, row.traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return Message.of(row.payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(row.aggregateKey).withHeaders(headers).build());
    }
}
