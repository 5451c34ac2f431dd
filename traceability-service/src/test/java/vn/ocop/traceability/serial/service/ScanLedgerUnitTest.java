package vn.ocop.traceability.serial.service;

import org.junit.jupiter.api.Test;
import vn.ocop.traceability.serial.SerialVerifier;
import vn.ocop.traceability.serial.repository.SerialScanRepository.UnitState;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of one unit's scan state in the ledger, without a database: what this instance has not written yet stays
 * on top of what another instance stored, the first scan is the earliest seen anywhere, the last located scan the
 * newest, and the set of distinct clients is bounded.
 */
class ScanLedgerUnitTest {

    private static final UUID PRODUCT = UUID.randomUUID();
    private static final UUID LOT = UUID.randomUUID();
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 4, 8, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void shouldKeepThisInstancesUnwrittenScansOnTopOfTheStoredCount() {
        ScanLedger.Unit unit = new ScanLedger.Unit(stored(3, T0, null, new long[0]), 0);
        unit.unwritten = 2;
        unit.scanCount += 2;

        unit.merge(stored(7, T0, null, new long[0]), 1);

        assertThat(unit.scanCount).as("7 stored (counted by any instance) + 2 not written yet").isEqualTo(9);
        assertThat(unit.readAtNanos).isEqualTo(1);
        assertThat(unit.key).isEqualTo(new ScanLedger.Key(PRODUCT, "S-1"));
        assertThat(unit.lotCode).isEqualTo("L-1");
    }

    @Test
    void shouldKeepTheEarliestFirstScanAndTheNewestLocatedScan() {
        ScanLedger.Unit unit = new ScanLedger.Unit(stored(1, T0.plusHours(1), T0.plusHours(1), new long[0]), 0);

        unit.merge(stored(2, T0, T0.minusHours(1), new long[0]), 0);
        assertThat(unit.firstScannedAt).as("an earlier first scan from another instance wins").isEqualTo(T0);
        assertThat(unit.lastLocatedAt).as("an older location does not replace a newer one")
                .isEqualTo(T0.plusHours(1));
        assertThat(unit.lastLatitude).isEqualByComparingTo("21.5");

        unit.merge(stored(3, T0.plusHours(5), T0.plusHours(2), new long[0]), 0);
        assertThat(unit.firstScannedAt).as("a later first scan does not").isEqualTo(T0);
        assertThat(unit.lastLocatedAt).isEqualTo(T0.plusHours(2));
    }

    @Test
    void shouldCountDistinctClientsAndTreatEveryUnknownClientAsANewOne() {
        ScanLedger.Unit unit = new ScanLedger.Unit(stored(2, T0, null, new long[] {11, 12}), 0);

        assertThat(unit.clientsWith(new SerialVerifier.Client(11, 1))).as("a client seen before").isEqualTo(2);
        assertThat(unit.clientsWith(new SerialVerifier.Client(13, 1))).as("a new client").isEqualTo(3);
        assertThat(unit.clientsWith(SerialVerifier.Client.UNKNOWN)).as("an unknown client").isEqualTo(3);

        unit.addClient(12);
        unit.addClient(0);
        unit.unknownClients = 1;
        assertThat(unit.clients).containsExactly(11, 12);
        assertThat(unit.clientsWith(new SerialVerifier.Client(11, 1))).isEqualTo(3);
    }

    @Test
    void shouldBoundTheClientSetWhateverTheStoreAndTheScansAdd() {
        ScanLedger.Unit unit = new ScanLedger.Unit(stored(50, T0, null, LongStream.rangeClosed(1, 30).toArray()), 0);
        LongStream.rangeClosed(100, 200).forEach(unit::addClient);
        unit.merge(stored(60, T0, null, LongStream.rangeClosed(300, 400).toArray()), 0);

        assertThat(unit.clients).as("distinct and bounded").doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(11)
                .hasSizeGreaterThan(1);
    }

    private static UnitState stored(long scans, OffsetDateTime first, OffsetDateTime located, long[] clients) {
        return new UnitState(PRODUCT, "S-1", LOT, "L-1", scans, first,
                located == null ? null : new BigDecimal("21.5"), located == null ? null : new BigDecimal("105.8"),
                located, clients, located == null ? 0 : 7);
    }
}
