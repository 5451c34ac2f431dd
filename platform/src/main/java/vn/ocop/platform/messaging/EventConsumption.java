package vn.ocop.platform.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.ocop.contract.ConsumerFailures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one consumer skeleton of both services, for a blocking incoming channel whose failure strategy is the dead-letter
 * topic. Per message: parse it, apply it (idempotency is the applier's: its processed-message log is written in the
 * same transaction), and
 * <ul>
 *   <li>acknowledge it when applied or found applied already;</li>
 *   <li>retry a transient failure (database or network away, see {@link ConsumerFailures#isTransient}) with backoff for
 *   as long as it lasts, the partition waiting, so a valid event is never dead-lettered by an outage;</li>
 *   <li>retry any other failure, up to {@code attempts} times in all;</li>
 *   <li>dead-letter (nack) what can never be applied: an {@link InvalidEvent} at once, another failure after its last
 *   attempt, with the reason;</li>
 *   <li>leave the message unacknowledged when the service stops while a transient failure lasts (it is redelivered).</li>
 * </ul>
 *
 * @param <E> the parsed event
 * @param <O> the outcome of applying it
 */
public final class EventConsumption<E, O> {

    /** What {@link #applyOne} returns for an applied event. */
    private static final CompletableFuture<Void> APPLIED = CompletableFuture.completedFuture(null);

    private final Logger log;
    private final int attempts;
    private final Duration backoff;
    private final Function<Message<String>, E> parse;
    private final Function<E, String> describe;
    private final Function<E, O> apply;

    /**
     * @param log      the consumer's logger
     * @param attempts attempts of a valid event whose failure is not transient (e.g. a concurrent insert)
     * @param backoff  the first pause between attempts, doubling up to {@link ConsumerFailures#MAX_BACKOFF}
     * @param parse    message → event (its payload, and headers such as the trace context), or {@link InvalidEvent}
     * @param describe the event as logs name it (its id, type)
     * @param apply    applies the event in its own transaction
     */
    public EventConsumption(Logger log, int attempts, Duration backoff, Function<Message<String>, E> parse,
                            Function<E, String> describe, Function<E, O> apply) {
        this.log = log;
        this.attempts = attempts;
        this.backoff = backoff;
        this.parse = parse;
        this.describe = describe;
        this.apply = apply;
    }

    /**
     * Handles one message: the returned stage acks, nacks (to the dead-letter topic) or never completes (stopping).
     * {@code applied} receives the outcome of an applied event, {@code deadLettered} runs before a nack.
     */
    public CompletionStage<Void> consume(Message<String> message, Consumer<O> applied, Runnable deadLettered) {
        E event;
        try {
            event = parse.apply(message);
        } catch (RuntimeException e) {
            return deadLetter(message, e, deadLettered);
        }
        CompletionStage<Void> settled = applyOne(message, event, applied, deadLettered);
        return settled == null ? new CompletableFuture<>() : settled == APPLIED ? message.ack() : settled;
    }

    /**
     * Handles the records of one poll together, so that a busy topic costs one transaction per poll rather than one
     * per record. Each record is parsed, and an invalid one is dead-lettered at once, as {@link #consume} would. The
     * valid ones are applied together ({@code applyAll}: one transaction, outcomes in order). A transient failure of
     * the whole is retried with backoff for as long as it lasts; any other failure rolls the whole back, and each event
     * is then applied on its own as {@link #consume} does, so a bad event costs only itself (its retries, then the
     * dead-letter topic). Once every record is settled, {@code ack} acknowledges the poll. The returned stage never
     * completes when the service stops while a transient failure lasts: nothing of the poll is acknowledged, and its
     * events, redelivered to the next owner, are recognised as applied.
     *
     * @param records  the poll's records, in the order polled
     * @param applyAll applies the events in one transaction and returns their outcomes, in the same order
     * @param ack      acknowledges the whole poll (each record's own ack is not used)
     */
    public CompletionStage<Void> consumeAll(List<? extends Message<String>> records, Function<List<E>, List<O>> applyAll,
                                            Supplier<CompletionStage<Void>> ack, Consumer<O> applied,
                                            Runnable deadLettered) {
        List<Message<String>> valid = new ArrayList<>(records.size());
        List<E> events = new ArrayList<>(records.size());
        List<CompletionStage<Void>> settled = new ArrayList<>();
        for (Message<String> record : records) {
            try {
                events.add(parse.apply(record));
                valid.add(record);
            } catch (RuntimeException e) {
                settled.add(deadLetter(record, e, deadLettered));
            }
        }
        if (!events.isEmpty()) {
            Batch<O> batch = applyAllWithRetries(applyAll, events);
            if (batch.stopping()) {
                log.infof("stopping while a poll of %d events waits for a transient failure to pass; left "
                        + "unacknowledged", events.size());
                return new CompletableFuture<>();
            }
            if (batch.outcomes() != null) {
                batch.outcomes().forEach(applied);
            } else {
                for (int i = 0; i < events.size(); i++) {
                    CompletionStage<Void> one = applyOne(valid.get(i), events.get(i), applied, deadLettered);
                    if (one == null) {
                        return new CompletableFuture<>();
                    }
                    settled.add(one);
                }
            }
        }
        return CompletableFuture.allOf(settled.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new)).thenCompose(done -> ack.get());
    }

    /**
     * Applies one parsed event with retries: {@link #APPLIED} once applied (the message is not acked here), the nack's
     * stage when it is dead-lettered, null when the service stops while a transient failure lasts.
     */
    private CompletionStage<Void> applyOne(Message<String> message, E event, Consumer<O> applied,
                                           Runnable deadLettered) {
        O outcome;
        try {
            outcome = applyWithRetries(event);
        } catch (RuntimeException e) {
            return deadLetter(message, e, deadLettered);
        }
        if (outcome == null) {
            log.infof("stopping while event %s from %s waits for a transient failure to pass; left unacknowledged",
                    describe.apply(event), origin(message));
            return null;
        }
        applied.accept(outcome);
        if (log.isDebugEnabled()) {
            log.debugf("%s event %s from %s", outcome, describe.apply(event), origin(message));
        }
        return APPLIED;
    }

    private CompletionStage<Void> deadLetter(Message<String> message, RuntimeException reason, Runnable deadLettered) {
        deadLettered.run();
        log.warnf("dead-lettering %s: %s", origin(message), reason.getMessage());
        return message.nack(reason);
    }

    private static String origin(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getTopic() + "-" + m.getPartition() + "@" + m.getOffset() + " (key " + m.getKey() + ")")
                .orElse("unknown record");
    }

    /** A poll applied together: its outcomes; null outcomes when it must be applied event by event instead. */
    private record Batch<O>(List<O> outcomes, boolean stopping) {
    }

    /**
     * Applies the events together, retrying a transient failure with backoff; a batch without outcomes when another
     * failure rolled it back, a stopping one when the thread was interrupted (shutdown) during a retry.
     */
    private Batch<O> applyAllWithRetries(Function<List<E>, List<O>> applyAll, List<E> events) {
        for (int attempt = 1; ; attempt++) {
            try {
                return new Batch<>(applyAll.apply(events), false);
            } catch (RuntimeException e) {
                if (!ConsumerFailures.isTransient(e)) {
                    log.infof("a poll of %d events failed together, applying them one by one: %s", events.size(),
                            ConsumerFailures.rootMessage(e));
                    return new Batch<>(null, false);
                }
                Duration wait = ConsumerFailures.backoff(backoff, attempt);
                log.infof("a poll of %d events failed (attempt %d, transient), retrying in %d ms: %s", events.size(),
                        attempt, wait.toMillis(), ConsumerFailures.rootMessage(e));
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return new Batch<>(null, true);
                }
            }
        }
    }

    /** Applies the event; null when the thread was interrupted (shutdown) while a failure was being retried. */
    private O applyWithRetries(E event) {
        int permanentFailures = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return apply.apply(event);
            } catch (InvalidEvent e) {
                throw e;
            } catch (RuntimeException e) {
                boolean transientFailure = ConsumerFailures.isTransient(e);
                if (!transientFailure && ++permanentFailures >= attempts) {
                    throw new IllegalStateException("event " + describe.apply(event) + " failed " + attempts
                            + " times: " + ConsumerFailures.rootMessage(e), e);
                }
                Duration wait = ConsumerFailures.backoff(backoff, attempt);
                log.infof("event %s failed (attempt %d, %s), retrying in %d ms: %s", describe.apply(event), attempt,
                        transientFailure ? "transient" : "failure " + permanentFailures + " of " + attempts,
                        wait.toMillis(), ConsumerFailures.rootMessage(e));
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }
}
