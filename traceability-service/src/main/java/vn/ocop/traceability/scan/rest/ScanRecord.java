package vn.ocop.traceability.scan.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.contract.ImageData;
import vn.ocop.traceability.trace.LotTrace;
import vn.ocop.traceability.trace.ScanAnswer;
import vn.ocop.traceability.trace.rest.TraceRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a scan of a GS1 Digital Link URI shows, for apps ({@code Accept: application/json}): the product's trace record
 * fields (unchanged, so product-level clients keep working), the scanned URI, and for a lot or serialized unit the lot
 * with its value-chain timeline and growing area, and the serial's authenticity verdict.
 */
@Schema(name = "ScanRecord", description = "The public record behind a scanned GS1 Digital Link URI")
public record ScanRecord(UUID productId, String name, String groupCode, String groupName,
                         @Schema(description = "GTIN-14, or null when the product has none") String gtin,
                         String description,
                         @Schema(description = "The product's own Digital Link URI (its QR code)") String digitalLink,
                         TraceRecord.QrLinks qr, TraceRecord.ProducerSummary producer, TraceRecord.Location location,
                         @Schema(description = "The current certificate with its validity as of now", nullable = true)
                         TraceRecord.CertificateSummary certificate,
                         @Schema(description = "Stars of a VALID or EXPIRING_SOON certificate; null otherwise",
                                 nullable = true) Integer stars,
                         @Schema(description = "The product's images, the primary one first") List<ImageData> images,
                         @Schema(description = "The scanned (uncompressed) Digital Link URI") String uri,
                         @Schema(description = "The lot, for a lot or serialized-unit URI", nullable = true) LotView lot,
                         @Schema(description = "The serialized unit, for a serial URI", nullable = true)
                         SerialView serial) {

    /**
     * The record of a scan answer: the product's trace record fields, then the URI, lot and serial. What
     * {@link ScanRecordJson} writes, part by part.
     */
    public static ScanRecord of(ScanAnswer a) {
        TraceRecord r = TraceRecord.of(a.product());
        return new ScanRecord(r.productId(), r.name(), r.groupCode(), r.groupName(), r.gtin(), r.description(),
                r.digitalLink(), r.qr(), r.producer(), r.location(), r.certificate(), r.stars(), r.images(), a.uri(),
                a.lot() == null ? null : LotView.of(a.lot()), a.serial() == null ? null : SerialView.of(a.serial()));
    }

    /** A production lot (GS1 AI 10) with where its raw material came from and what happened to it. */
    @Schema(name = "ScanLot")
    public record LotView(UUID id, String lotCode, String digitalLink, LocalDate productionDate, LocalDate expiryDate,
                          BigDecimal quantity, String unit, GrowingAreaView growingArea,
                          @Schema(description = "The lot's EPCIS 2.0 export (gs1:traceability)") String epcis,
                          @Schema(description = "How many EPCIS events the lot has") long eventCount,
                          @Schema(description = "The lot's first events (at most 50) in the order they happened")
                          List<TimelineEntry> timeline) {

        public static LotView of(LotTrace l) {
            LotTrace.GrowingAreaSummary a = l.growingArea();
            return new LotView(l.id(), l.lotCode(), l.digitalLink(), l.productionDate(), l.expiryDate(), l.quantity(),
                    l.unit(), a == null ? null : new GrowingAreaView(a.id(), a.name(), a.communeCode(),
                            a.communeName(), a.provinceName(), a.subject(), a.subjectKind(), a.latitude(),
                            a.longitude(), a.areaHectares(), a.photo()),
                    l.epcis(), l.eventCount(), l.timeline().stream().map(t -> new TimelineEntry(t.eventTime(),
                            t.eventTimeZoneOffset(), t.eventType(), t.bizStep(), t.disposition(), t.where(),
                            t.who())).toList());
        }
    }

    /** The raw-material area of a lot. */
    @Schema(name = "ScanGrowingArea")
    public record GrowingAreaView(UUID id, String name, String communeCode, String communeName, String provinceName,
                                  String subject, @Schema(description = "CROP or ANIMAL") String subjectKind,
                                  BigDecimal latitude, BigDecimal longitude, BigDecimal areaHectares,
                                  @Schema(description = "The area's photo, or null", nullable = true) ImageData photo) {
    }

    /** One step of the value chain, as its EPCIS event recorded it. */
    @Schema(name = "ScanTimelineEntry")
    public record TimelineEntry(
            @Schema(description = "When, in the event's own time-zone offset (ISO 8601)") String eventTime,
            String eventTimeZoneOffset, String eventType,
            @Schema(description = "CBV business step without its namespace, e.g. commissioning") String bizStep,
            @Schema(description = "CBV disposition without its namespace", nullable = true) String disposition,
            @Schema(description = "Where: the growing area or commune name when known, else the location URI",
                    nullable = true) String where,
            @Schema(description = "Who recorded it") String who) {
    }

    /** A serialized unit (GS1 AI 21) and what the authenticity check said about this scan. */
    @Schema(name = "ScanSerial")
    public record SerialView(String serial, String digitalLink,
                             @Schema(description = "AUTHENTIC, SCANNED_MANY_TIMES, SUSPICIOUS or UNKNOWN_SERIAL; "
                                     + "null when no verification was made", nullable = true) String verdict,
                             @Schema(nullable = true) Long scanCount,
                             @Schema(nullable = true) OffsetDateTime firstScannedAt) {

        public static SerialView of(ScanAnswer.SerialCheck s) {
            return new SerialView(s.serial(), s.digitalLink(), s.verdict(), s.scanCount(), s.firstScannedAt());
        }
    }
}
