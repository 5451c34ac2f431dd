package vn.ocop.platform.messaging;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer skeleton's ack, retry and dead-letter decisions, on plain messages (no broker needed). */
class EventConsumptionTest {

    private final List<String> acks = new ArrayList<>();
    private final List<String> nacks = new ArrayList<>();
    private final List<String> outcomes = new ArrayList<>();
    private final AtomicInteger deadLettered = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();

    private Message<String> message(String payload) {
        return Message.of(payload, () -> {
            acks.add(payload);
            return CompletableFuture.completedFuture(null);
        }, failure -> {
            nacks.add(payload + ": " + failure.getMessage());
            return CompletableFuture.completedFuture(null);
        });
    }

    private EventConsumption<String, String> consumption(Function<String, String> apply) {
        return new EventConsumption<>(Logger.getLogger(getClass()), 3, Duration.ofMillis(1), payload -> {
            if (payload.isBlank()) {
                throw new InvalidEvent("empty message");
            }
            return payload;
        }, id -> id, event -> {
            calls.incrementAndGet();
            return apply.apply(event);
        });
    }

    private void consume(EventConsumption<String, String> consumption, String payload) {
        consumption.consume(message(payload), outcomes::add, deadLettered::incrementAndGet);
    }

    @Test
    void shouldAcknowledgeAnAppliedEventWithItsOutcome() {
        consume(consumption(event -> "APPLIED"), "e1");
        assertThat(acks).containsExactly("e1");
        assertThat(outcomes).containsExactly("APPLIED");
        assertThat(nacks).isEmpty();
    }

    @Test
    void shouldDeadLetterAnInvalidEventAtOnceWithoutApplyingIt() {
        consume(consumption(event -> "APPLIED"), " ");
        assertThat(nacks).containsExactly(" : empty message");
        assertThat(calls).hasValue(0);
        assertThat(deadLettered).hasValue(1);
    }

    @Test
    void shouldDeadLetterAnEventRefusedAsInvalidWhileApplyingWithoutRetry() {
        consume(consumption(event -> {
            throw new InvalidEvent("unknown product type");
        }), "e2");
        assertThat(nacks).containsExactly("e2: unknown product type");
        assertThat(calls).hasValue(1);
    }

    @Test
    void shouldRetryAPermanentFailureThreeTimesThenDeadLetterWithTheReason() {
        consume(consumption(event -> {
            throw new IllegalStateException("duplicate key");
        }), "e3");
        assertThat(calls).hasValue(3);
        assertThat(acks).isEmpty();
        assertThat(nacks).singleElement().asString()
                .contains("e3 failed 3 times").contains("IllegalStateException: duplicate key");
    }

    @Test
    void shouldRetryATransientFailureAsLongAsItLastsAndNeverDeadLetterIt() {
        consume(consumption(event -> {
            if (calls.get() <= 5) {
                throw new RuntimeException(new SQLTransientConnectionException("database away", "08006"));
            }
            return "APPLIED";
        }), "e4");
        assertThat(calls).hasValue(6);
        assertThat(acks).containsExactly("e4");
        assertThat(nacks).isEmpty();
        assertThat(deadLettered).hasValue(0);
    }
}
