package vn.ocop.traceability.serial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.ocop.traceability.platform.config.TimeConfig;
import vn.ocop.traceability.serial.SerialVerifier.Verdict;
import vn.ocop.traceability.serial.repository.SerialScanRepository;
import vn.ocop.traceability.serial.repository.SerialScanRepository.Issued;
import vn.ocop.traceability.serial.repository.SerialScanRepository.Scope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sums up the scan log of a lot or a product for its producer: verdicts, days in Vietnam, coarse places. */
@ApplicationScoped
public class ScanStatsService {

    static final int DAYS = 30;
    static final int MAX_CELLS = 100;

    private final LotAccess access;
    private final SerialScanRepository scans;
    private final ScanLedger ledger;
    private final Clock clock;

    public ScanStatsService(LotAccess access, SerialScanRepository scans, ScanLedger ledger, Clock clock) {
        this.access = access;
        this.scans = scans;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public ScanStats ofLot(UUID lotId) {
        access.lotOfCaller(lotId);
        return stats(Scope.LOT, lotId);
    }

    @Transactional
    public ScanStats ofProduct(UUID productId) {
        access.productOfCaller(productId);
        return stats(Scope.PRODUCT, productId);
    }

    private ScanStats stats(Scope scope, UUID id) {
        ledger.flush();   // the scans judged so far, written before they are counted
        Map<Verdict, Long> byVerdict = scans.countByVerdict(scope, id);
        long total = byVerdict.values().stream().mapToLong(Long::longValue).sum();
        Issued issued = scans.issued(scope, id);
        LocalDate today = TimeConfig.today(clock);
        LocalDate firstDay = today.minusDays(DAYS - 1L);
        OffsetDateTime from = firstDay.atStartOfDay(TimeConfig.VIETNAM).toOffsetDateTime();
        Map<LocalDate, Long> counted = scans.countByDay(scope, id, from, TimeConfig.VIETNAM);
        List<ScanStats.Day> days = new ArrayList<>(DAYS);
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(new ScanStats.Day(day, counted.getOrDefault(day, 0L)));
        }
        List<ScanStats.Cell> cells = scans.countByCell(scope, id, MAX_CELLS).stream()
                .map(c -> new ScanStats.Cell(c.latitude(), c.longitude(), c.scans()))
                .toList();
        return new ScanStats(scope.name().toLowerCase(), id, total, issued.issued(), issued.scanned(),
                byVerdict, days, cells);
    }
}
