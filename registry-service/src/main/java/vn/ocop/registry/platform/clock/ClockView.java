package vn.ocop.registry.platform.clock;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The registry's clock: its offset from the system time ({@code PT0S} when none), and the time and day it reads. */
public record ClockView(String offset, OffsetDateTime now, LocalDate today) {

    public static ClockView of(AdjustableClock clock) {
        return new ClockView(clock.offset().toString(), OffsetDateTime.now(clock), LocalDate.now(clock));
    }
}
