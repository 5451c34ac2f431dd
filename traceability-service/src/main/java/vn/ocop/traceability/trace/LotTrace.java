package vn.ocop.traceability.trace;

import vn.ocop.contract.ImageData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The read model of a production lot (GS1 AI 10) as a scan shows it: its Digital Link, dates and quantity, the growing
 * area its raw material came from (null when none), where its EPCIS export is, how many events it has and the first
 * of them in the order they happened.
 */
public record LotTrace(UUID id, String lotCode, String digitalLink, LocalDate productionDate, LocalDate expiryDate,
                       BigDecimal quantity, String unit, GrowingAreaSummary growingArea, String epcis,
                       long eventCount, List<TimelineEntry> timeline) {

    /** The raw-material area of a lot; {@code subjectKind} is CROP or ANIMAL. */
    public record GrowingAreaSummary(UUID id, String name, String communeCode, String communeName,
                                     String provinceName, String subject, String subjectKind, BigDecimal latitude,
                                     BigDecimal longitude, BigDecimal areaHectares, ImageData photo) {
    }

    /**
     * One step of the value chain as its EPCIS event recorded it: when (ISO 8601 in the event's own offset), what
     * (event type, CBV business step and disposition without their namespace), where (a place a consumer can read,
     * else the location URI) and who recorded it.
     */
    public record TimelineEntry(String eventTime, String eventTimeZoneOffset, String eventType, String bizStep,
                                String disposition, String where, String who) {
    }
}
