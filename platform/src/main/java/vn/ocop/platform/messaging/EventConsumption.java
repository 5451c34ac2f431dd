package vn.ocop.platform.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.ocop.contract.ConsumerFailures;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

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

    private final Logger log;
    private final int attempts;
    private final Duration backoff;
    private final Function<String, E> parse;
    private final Function<E, String> describe;
    private final Function<E, O> apply;

    /**
     * @param log      the consumer's logger
     * @param attempts attempts of a valid event whose failure is not transient (e.g. a concurrent insert)
     * @param backoff  the first pause between attempts, doubling up to {@link ConsumerFailures#MAX_BACKOFF}
     * @param parse    payload → event, or {@link InvalidEvent}
     * @param describe the event as logs name it (its id, type)
     * @param apply    applies the event in its own transaction
     */
    public EventConsumption(Logger log, int attempts, Duration backoff, Function<String, E> parse,
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
        String origin = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getTopic() + "-" + m.getPartition() + "@" + m.getOffset() + " (key " + m.getKey() + ")")
                .orElse("unknown record");
        try {
            E event = parse.apply(message.getPayload());
            O outcome = applyWithRetries(event);
            if (outcome == null) {
                log.infof("stopping while event %s from %s waits for a transient failure to pass; left unacknowledged",
                        describe.apply(event), origin);
                return new CompletableFuture<>();
            }
            applied.accept(outcome);
            if (log.isDebugEnabled()) {
                log.debugf("%s event %s from %s", outcome, describe.apply(event), origin);
            }
            return message.ack();
        } catch (RuntimeException e) {
            deadLettered.run();
            log.warnf("dead-lettering %s: %s", origin, e.getMessage());
            return message.nack(e);
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
