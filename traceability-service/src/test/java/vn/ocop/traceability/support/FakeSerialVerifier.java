package vn.ocop.traceability.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import vn.ocop.traceability.serial.SerialVerifier;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for the serial feature in {@link SerialVerifierProfile} only (a disabled alternative elsewhere): the
 * verdict is read from the serial's prefix (OK…, MANY…, FAR…, anything else is not issued) and every call is counted,
 * so tests can prove when the resolver asks.
 */
@Alternative
@ApplicationScoped
public class FakeSerialVerifier implements SerialVerifier {

    private static final Map<String, AtomicLong> CALLS = new ConcurrentHashMap<>();

    @Override
    public SerialScan scan(UUID productId, String lotCode, String serial, ScanContext context) {
        long count = CALLS.computeIfAbsent(serial, s -> new AtomicLong()).incrementAndGet();
        Verdict verdict = serial.startsWith("OK") ? Verdict.AUTHENTIC
                : serial.startsWith("MANY") ? Verdict.SCANNED_MANY_TIMES
                : serial.startsWith("FAR") ? Verdict.SUSPICIOUS : Verdict.UNKNOWN_SERIAL;
        return new SerialScan(verdict, null, lotCode, verdict == Verdict.SCANNED_MANY_TIMES ? 57 : count,
                OffsetDateTime.now().minusDays(1));
    }

    /** How many times the verifier was asked about {@code serial}. */
    public static long calls(String serial) {
        AtomicLong calls = CALLS.get(serial);
        return calls == null ? 0 : calls.get();
    }
}
