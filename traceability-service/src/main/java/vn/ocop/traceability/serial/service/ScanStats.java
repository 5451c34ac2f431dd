package vn.ocop.traceability.serial.service;

import vn.ocop.traceability.serial.SerialVerifier.Verdict;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the scans of a lot or product ({@code scope} lot or product) tell its producer: scans by verdict, serials
 * issued and scanned, scans per day of the last 30 days in Vietnam and per coarse cell, busiest first.
 */
public record ScanStats(String scope, UUID id, long totalScans, long serialsIssued, long distinctSerialsScanned,
                        Map<Verdict, Long> byVerdict, List<Day> byDay, List<Cell> byLocation) {

    /** Scans on one calendar day in Vietnam. */
    public record Day(LocalDate date, long scans) {
    }

    /** Scans in one coarse cell (latitude and longitude rounded to 0.1°). */
    public record Cell(BigDecimal latitude, BigDecimal longitude, long scans) {
    }
}
