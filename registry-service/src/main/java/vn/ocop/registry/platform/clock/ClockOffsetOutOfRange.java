package vn.ocop.registry.platform.clock;

import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;

import java.time.Period;
import java.util.List;

/** 422: a clock offset beyond the configured bound ({@code ocop.clock.max-offset}). */
final class ClockOffsetOutOfRange extends DomainException {

    ClockOffsetOutOfRange(AdjustableClock.Offset offset, Period max) {
        super(422, "clock-offset-out-of-range", "The clock may move at most " + max + " either way, not " + offset,
                List.of(new FieldError("offset", "must be within " + max + " of the system time")));
    }
}
