package vn.ocop.contract;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;

/**
 * Tells an event consumer whether a failure to apply a valid event is transient (the database or the network is away
 * for a while: pause and retry, never dead-letter) or may be permanent, and how long to wait before the next attempt.
 * Transient: {@link SQLTransientException}, {@link SQLRecoverableException}, an {@link SQLException} without a state
 * (a pool acquisition timeout) or of the classes 08 (connection), 40 (rollback: serialization, deadlock), 53
 * (insufficient resources), 55P03 (lock not available), 57 (operator intervention: shutdown, restart), 58 (system
 * error), and any {@link IOException} (a socket reset) anywhere in the cause chain.
 */
public final class ConsumerFailures {

    /** Longest pause between two attempts of a transient failure. */
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private ConsumerFailures() {
    }

    /** Whether {@code failure} (or one of its causes) says the database or network is only temporarily away. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException || t instanceof IOException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null || state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                        || state.startsWith("57") || state.startsWith("58") || state.equals("55P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Exponential backoff from {@code initial} doubling per attempt (1-based), capped at {@link #MAX_BACKOFF}. */
    public static Duration backoff(Duration initial, int attempt) {
        Duration wait = initial;
        for (int i = 1; i < attempt && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /** The innermost cause, as {@code SimpleName: message}, for logs and dead-letter reasons. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
