package vn.ocop.traceability.serial.service;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter of units ever scanned, on a log kept in memory: what it takes in, and when. */
class ScannedUnitsTest {

    private static final UUID TEA = UUID.randomUUID();

    /** The scan log as other instances append to it: rows become visible when "committed", ids in any order. */
    private static final class Log implements ScannedUnits.Source {
        final List<String> counted = new ArrayList<>();
        final Map<Long, String> visible = new TreeMap<>();
        long nextId = 1;

        long append(String serial) {
            return nextId++;
        }

        void commit(long id, String serial) {
            visible.put(id, serial);
        }

        @Override
        public long newestScan() {
            return visible.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        }

        @Override
        public void scannedUnits(BiConsumer<UUID, String> unit) {
            counted.forEach(serial -> unit.accept(TEA, serial));
        }

        @Override
        public long scansAfter(long id, BiConsumer<UUID, String> unit) {
            long newest = id;
            for (var row : visible.entrySet()) {
                if (row.getKey() > id) {
                    unit.accept(TEA, row.getValue());
                    newest = row.getKey();
                }
            }
            return newest;
        }
    }

    private static ScanLedger.Key unit(String serial) {
        return new ScanLedger.Key(TEA, serial);
    }

    @Test
    void shouldAnswerNeverScannedOnlyOnceFilledFromTheCountersAndTheLog() {
        Log log = new Log();
        log.counted.add("COUNTED");
        log.commit(log.append("LOGGED"), "LOGGED");
        ScannedUnits scanned = new ScannedUnits(1000, log);

        assertThat(scanned.neverScanned(unit("NEVER"))).as("not filled yet: it cannot tell").isFalse();
        scanned.poll();

        assertThat(scanned.neverScanned(unit("NEVER"))).isTrue();
        assertThat(scanned.neverScanned(unit("COUNTED"))).isFalse();
        assertThat(scanned.neverScanned(unit("LOGGED"))).isFalse();
        assertThat(scanned.neverScanned(new ScanLedger.Key(UUID.randomUUID(), "COUNTED"))).isTrue();
        scanned.add(unit("HERE"));
        assertThat(scanned.neverScanned(unit("HERE"))).isFalse();
    }

    @Test
    void shouldTakeInScansThatAnotherInstanceCommittedAfterNewerOnes() {
        Log log = new Log();
        ScannedUnits scanned = new ScannedUnits(1000, log);
        scanned.poll();
        // instance A draws id 1 for its batch, instance B draws id 2 and commits first
        long late = log.append("LATE");
        log.commit(log.append("EARLY"), "EARLY");
        scanned.poll();
        assertThat(scanned.neverScanned(unit("EARLY"))).isFalse();
        assertThat(scanned.neverScanned(unit("LATE"))).isTrue();

        log.commit(late, "LATE");
        scanned.poll();

        assertThat(scanned.neverScanned(unit("LATE"))).as("committed a poll late, below the newest id seen").isFalse();
    }

    @Test
    void shouldReadOnlyTheLateMarginAgainBehindTheNewestIdSeen() {
        Log log = new Log();
        ScannedUnits scanned = new ScannedUnits(100_000, log);
        scanned.poll();
        long stalled = log.append("STALLED");
        for (int i = 0; i < ScannedUnits.LATE_MARGIN + 10; i++) {
            log.commit(log.append("U" + i), "U" + i);
        }
        scanned.poll();
        log.commit(stalled, "STALLED");

        scanned.poll();

        assertThat(scanned.neverScanned(unit("U0"))).isFalse();
        assertThat(scanned.neverScanned(unit("STALLED")))
                .as("a batch later than the margin is missed (its units are read again after the refresh time)")
                .isTrue();
    }

    @Test
    void shouldReadTheLogBehindTheCountersAtStart() {
        Log log = new Log();
        // logged by another instance, its counters not yet added when this one starts
        log.commit(log.append("NOT-COUNTED"), "NOT-COUNTED");
        ScannedUnits scanned = new ScannedUnits(1000, log);

        scanned.poll();

        assertThat(scanned.neverScanned(unit("NOT-COUNTED"))).isFalse();
    }
}
