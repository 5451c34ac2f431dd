package vn.ocop.traceability.platform.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Owns the notion of "now": a {@link Clock} bean (the system clock unless another bean replaces it) and the legal
 * time zone in which certificate validity dates are read.
 */
@ApplicationScoped
public class TimeConfig {

    /** Certificates are dated in Vietnam: "valid until 2028-05-01" means until the end of that day in Hanoi. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.system(VIETNAM);
    }

    /** Today's date in Vietnam according to {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), VIETNAM);
    }
}
