package vn.ocop.contract;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.SocketException;
import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerFailuresTest {

    @Test
    void shouldTreatAnUnreachableOrRestartingDatabaseAsTransientWhereverItIsInTheCauseChain() {
        assertThat(ConsumerFailures.isTransient(wrapped(new SQLException("refused", "08001")))).isTrue();
        assertThat(ConsumerFailures.isTransient(wrapped(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(ConsumerFailures.isTransient(wrapped(new SQLException("deadlock", "40P01")))).isTrue();
        assertThat(ConsumerFailures.isTransient(wrapped(new SQLException("Acquisition timeout")))).isTrue();
        assertThat(ConsumerFailures.isTransient(new UncheckedIOException(new SocketException("reset")))).isTrue();
    }

    @Test
    void shouldNotTreatDataOrProgrammingErrorsAsTransient() {
        assertThat(ConsumerFailures.isTransient(wrapped(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(ConsumerFailures.isTransient(wrapped(new SQLException("value too long", "22001")))).isFalse();
        assertThat(ConsumerFailures.isTransient(new IllegalArgumentException("bad"))).isFalse();
    }

    @Test
    void shouldDoubleTheBackoffUpToFiveSeconds() {
        Duration initial = Duration.ofMillis(500);
        assertThat(ConsumerFailures.backoff(initial, 1)).isEqualTo(initial);
        assertThat(ConsumerFailures.backoff(initial, 2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(ConsumerFailures.backoff(initial, 4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(ConsumerFailures.backoff(initial, 5)).isEqualTo(ConsumerFailures.MAX_BACKOFF);
        assertThat(ConsumerFailures.backoff(initial, 50)).isEqualTo(ConsumerFailures.MAX_BACKOFF);
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new IllegalStateException("could not execute statement", new RuntimeException(cause));
    }
}
