package vn.ocop.registry.platform.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import vn.ocop.contract.DigitalLinks;
import vn.ocop.registry.platform.clock.AdjustableClock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Produces the clock every date rule reads, Bean Validation's included (the system clock in the programme's time
 * zone, movable only where {@code ocop.clock.adjustable=true}; replaceable in tests), and the Digital Link builder.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    @Typed(AdjustableClock.class)
    AdjustableClock adjustableClock(RegistryConfig config) {
        return new AdjustableClock(Clock.system(config.timeZone()));
    }

    @Produces
    @DefaultBean
    @Singleton
    Clock clock(AdjustableClock clock) {
        return clock;
    }

    /**
     * Bean Validation judges {@code @PastOrPresent} and the like by the same clock. Its validators take the clock when
     * the validator factory is built, before the runtime configuration the clock needs, so they get a clock that
     * looks the registry's up on each reading.
     */
    @Produces
    @Singleton
    ClockProvider validationClock(Provider<Clock> clock) {
        Clock deferred = new Deferred(clock);
        return () -> deferred;
    }

    @Produces
    @ApplicationScoped
    DigitalLinks digitalLinks(RegistryConfig config) {
        return new DigitalLinks(config.resolver().baseUrl());
    }

    /** Reads whatever clock the provider gives at the moment of reading. */
    private static final class Deferred extends Clock {
        private final Provider<Clock> clock;

        Deferred(Provider<Clock> clock) {
            this.clock = clock;
        }

        @Override
        public ZoneId getZone() {
            return clock.get().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return clock.get().withZone(zone);
        }

        @Override
        public Instant instant() {
            return clock.get().instant();
        }
    }
}
