package vn.ocop.traceability.serial.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import vn.ocop.traceability.serial.SerialVerifier;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** Counts serial scan verdicts by kind ({@value Counters#METRIC}, tag {@code verdict}) around the deployed verifier. */
@Decorator
@Priority(10)
public abstract class VerdictCounting implements SerialVerifier {

    private final SerialVerifier delegate;
    private final Counters counters;

    @Inject
    protected VerdictCounting(@Delegate @Any SerialVerifier delegate, Counters counters) {
        this.delegate = delegate;
        this.counters = counters;
    }

    @Override
    public SerialScan scan(UUID productId, String lotCode, String serial, ScanContext context) {
        SerialScan scan = delegate.scan(productId, lotCode, serial, context);
        counters.increment(scan.verdict());
        return scan;
    }

    /** One counter per verdict, registered at start-up so every series exists (at 0) before the first scan. */
    @Startup
    @ApplicationScoped
    public static class Counters {

        /** Counter of judged scans, tagged {@code verdict=authentic|scanned_many_times|suspicious|unknown_serial}. */
        public static final String METRIC = "ocop.scan.verdicts";

        private final Map<Verdict, Counter> byVerdict = new EnumMap<>(Verdict.class);

        public Counters(MeterRegistry registry) {
            for (Verdict verdict : Verdict.values()) {
                byVerdict.put(verdict, Counter.builder(METRIC).description("Serial scans judged, by verdict")
                        .tag("verdict", verdict.name().toLowerCase()).register(registry));
            }
        }

        void increment(Verdict verdict) {
            byVerdict.get(verdict).increment();
        }
    }
}
