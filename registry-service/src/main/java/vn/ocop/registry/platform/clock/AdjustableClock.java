package vn.ocop.registry.platform.clock;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The registry's clock: the system clock in the programme's time zone, moved by an offset (zero unless a test or a
 * demo sets one through {@code PUT /admin/clock}, which exists only in builds with {@code ocop.clock.endpoint}). The
 * offset is a calendar period plus a time, added in the clock's zone, so {@code P3Y} lands on the same day of the
 * month three years on. Every date rule, event time and scheduled run reads this clock.
 */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private final AtomicReference<Offset> offset;

    public AdjustableClock(Clock system) {
        this(system, new AtomicReference<>(Offset.NONE));
    }

    private AdjustableClock(Clock system, AtomicReference<Offset> offset) {
        this.system = system;
        this.offset = offset;
    }

    /** An ISO-8601 offset: a period, a duration, or both ({@code P3Y}, {@code PT6H}, {@code -P1M2DT3H}). */
    public record Offset(Period period, Duration time) {

        public static final Offset NONE = new Offset(Period.ZERO, Duration.ZERO);

        /** Parses {@code [-]P[nY][nM][nW][nD][T[nH][nM][n.nS]]}; {@link DateTimeException} when it is not one. */
        public static Offset parse(String text) {
            String value = text.strip().toUpperCase(java.util.Locale.ROOT);
            boolean negative = value.startsWith("-");
            String unsigned = negative || value.startsWith("+") ? value.substring(1) : value;
            int t = unsigned.indexOf('T');
            String datePart = t < 0 ? unsigned : unsigned.substring(0, t);
            String timePart = t < 0 ? "" : unsigned.substring(t);
            if (!datePart.startsWith("P") || datePart.length() == 1 && timePart.isEmpty()) {
                throw new DateTimeException("not an ISO-8601 period or duration: " + text);
            }
            Period period = datePart.length() > 1 ? Period.parse(datePart) : Period.ZERO;
            Duration time = timePart.isEmpty() ? Duration.ZERO : Duration.parse("P" + timePart);
            return negative ? new Offset(period.negated(), time.negated()) : new Offset(period, time);
        }

        public boolean isZero() {
            return period.isZero() && time.isZero();
        }

        @Override
        public String toString() {
            if (isZero()) {
                return "PT0S";
            }
            if (time.isZero()) {
                return period.toString();
            }
            return period.isZero() ? time.toString() : period + time.toString().substring(1);
        }
    }

    /** Moves the clock by {@code offset} from the system time (replacing any earlier offset). */
    public void set(Offset offset) {
        this.offset.set(offset);
    }

    /** Whether {@code offset} lands within {@code max} of the system time, either way. */
    public boolean isWithin(Offset offset, Period max) {
        java.time.ZonedDateTime now = system.instant().atZone(getZone());
        java.time.ZonedDateTime moved = now.plus(offset.period()).plus(offset.time());
        return !moved.isAfter(now.plus(max)) && !moved.isBefore(now.minus(max));
    }

    /** Back to the system time. */
    public void reset() {
        offset.set(Offset.NONE);
    }

    public Offset offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new AdjustableClock(system.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        Instant now = system.instant();
        Offset current = offset.get();
        if (current.isZero()) {
            return now;
        }
        return now.atZone(getZone()).plus(current.period()).plus(current.time()).toInstant();
    }
}
