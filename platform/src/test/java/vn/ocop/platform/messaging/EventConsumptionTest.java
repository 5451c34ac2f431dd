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
        return new EventConsumption<>(Logger.getLogger(getClass()), 3, Duration.ofMillis(1), message -> {
            String payload = message.getPayload();
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

    private final AtomicInteger polls = new AtomicInteger();

    private void consumeAll(EventConsumption<String, String> consumption, Function<List<String>, List<String>> applyAll,
                            String... payloads) {
        consumption.consumeAll(List.of(payloads).stream().map(this::message).toList(), events -> {
            polls.incrementAndGet();
            return applyAll.apply(events);
        }, () -> {
            acks.add("poll");
            return CompletableFuture.completedFuture(null);
        }, outcomes::add, deadLettered::incrementAndGet);
    }

    @Test
    void shouldApplyTheEventsOfAPollTogetherAndAcknowledgeThePollOnce() {
        consumeAll(consumption(event -> "ONE BY ONE"), events -> events.stream().map(e -> "APPLIED " + e).toList(),
                "e1", "e2", "e3");
        assertThat(polls).hasValue(1);
        assertThat(calls).hasValue(0);
        assertThat(outcomes).containsExactly("APPLIED e1", "APPLIED e2", "APPLIED e3");
        assertThat(acks).containsExactly("poll");
        assertThat(nacks).isEmpty();
    }

    @Test
    void shouldDeadLetterAnInvalidRecordOfAPollAndApplyTheOthersTogether() {
        List<List<String>> applied = new ArrayList<>();
        consumeAll(consumption(event -> "ONE BY ONE"), events -> {
            applied.add(events);
            return events.stream().map(e -> "APPLIED").toList();
        }, "e1", " ", "e2");
        assertThat(applied).containsExactly(List.of("e1", "e2"));
        assertThat(nacks).containsExactly(" : empty message");
        assertThat(deadLettered).hasValue(1);
        assertThat(acks).containsExactly("poll");
    }

    @Test
    void shouldApplyEventByEventWhenThePollFailsSoThatABadEventCostsOnlyItself() {
        consumeAll(consumption(event -> {
            if (event.equals("bad")) {
                throw new IllegalStateException("duplicate key");
            }
            return "APPLIED " + event;
        }), events -> {
            throw new IllegalStateException("duplicate key");
        }, "e1", "bad", "e2");
        assertThat(polls).hasValue(1);
        assertThat(outcomes).containsExactly("APPLIED e1", "APPLIED e2");
        assertThat(nacks).singleElement().asString().startsWith("bad: ").contains("failed 3 times");
        assertThat(calls).as("e1 and e2 once, the bad event three times").hasValue(5);
        assertThat(acks).containsExactly("poll");
    }

    @Test
    void shouldRetryATransientFailureOfAPollAsLongAsItLastsAndNeverDeadLetterIt() {
        consumeAll(consumption(event -> "ONE BY ONE"), events -> {
            if (polls.get() <= 3) {
                throw new RuntimeException(new SQLTransientConnectionException("database away", "08006"));
            }
            return events.stream().map(e -> "APPLIED").toList();
        }, "e1", "e2");
        assertThat(polls).hasValue(4);
        assertThat(calls).hasValue(0);
        assertThat(outcomes).containsExactly("APPLIED", "APPLIED");
        assertThat(nacks).isEmpty();
        assertThat(acks).containsExactly("poll");
    }
}
