package vn.ocop.traceability.serial.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.traceability.serial.SerialVerifier.Verdict;
import vn.ocop.traceability.serial.service.ScanStats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the scans of a lot or product tell its producer. */
@Schema(description = "Scan statistics of a lot or product")
public record ScanStatsView(
        @Schema(description = "lot or product") String scope,
        UUID id,
        @Schema(description = "All logged scans, unknown serials included") long totalScans,
        @Schema(description = "Serials issued") long serialsIssued,
        @Schema(description = "Issued serials scanned at least once") long distinctSerialsScanned,
        Map<Verdict, Long> byVerdict,
        @Schema(description = "Scans per day of the last 30 days (Asia/Ho_Chi_Minh), oldest first") List<Day> byDay,
        @Schema(description = "Located scans per cell of 0.1 degree, busiest first (at most 100)")
        List<Cell> byLocation) {

    public static ScanStatsView of(ScanStats s) {
        return new ScanStatsView(s.scope(), s.id(), s.totalScans(), s.serialsIssued(), s.distinctSerialsScanned(),
                s.byVerdict(), s.byDay().stream().map(d -> new Day(d.date(), d.scans())).toList(),
                s.byLocation().stream().map(c -> new Cell(c.latitude(), c.longitude(), c.scans())).toList());
    }

    /** Scans on one calendar day in Vietnam. */
    public record Day(LocalDate date, long scans) {
    }

    /** Scans in one coarse cell (latitude and longitude rounded to 0.1°). */
    public record Cell(BigDecimal latitude, BigDecimal longitude, long scans) {
    }
}
