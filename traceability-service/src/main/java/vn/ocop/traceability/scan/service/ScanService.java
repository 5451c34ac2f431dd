package vn.ocop.traceability.scan.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.ocop.traceability.epcis.EpcisEvent;
import vn.ocop.traceability.epcis.service.EventQueryService;
import vn.ocop.traceability.lot.GrowingArea;
import vn.ocop.traceability.lot.Lot;
import vn.ocop.traceability.lot.service.GrowingAreaService;
import vn.ocop.traceability.lot.service.LotService;
import vn.ocop.traceability.platform.config.ResolverConfig;
import vn.ocop.traceability.platform.problem.NotFound;
import vn.ocop.traceability.resolver.DigitalLinkUri;
import vn.ocop.traceability.scan.rest.ScanRecord;
import vn.ocop.traceability.serial.SerialVerifier;
import vn.ocop.traceability.trace.rest.TraceRecord;
import vn.ocop.traceability.trace.service.TraceRecordService;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Owns what a consumer sees after scanning a Digital Link URI: the product's trace record, the lot with its growing
 * area and value-chain timeline, and, for a serialized unit, the authenticity verdict of the serial feature (asked
 * once per consumer-facing representation, when a {@link SerialVerifier} is deployed).
 */
@ApplicationScoped
public class ScanService {

    /** The scan page and JSON show the first events of a lot; the full chain is in its EPCIS export. */
    public static final int TIMELINE_LIMIT = 50;

    private static final List<String> CBV_PREFIXES = List.of("https://ref.gs1.org/cbv/BizStep-",
            "https://ref.gs1.org/cbv/Disp-", "https://gs1.org/voc/BizStep-", "https://gs1.org/voc/Disp-",
            "urn:epcglobal:cbv:bizstep:", "urn:epcglobal:cbv:disp:");

    @Inject
    TraceRecordService traceRecords;
    @Inject
    LotService lots;
    @Inject
    GrowingAreaService areas;
    @Inject
    EventQueryService events;
    @Inject
    Instance<SerialVerifier> serialVerifier;
    @Inject
    ResolverConfig resolver;

    /** A lot of a product, as the resolver needs it to build links. */
    public record LotRef(UUID id, String lotCode) {
    }

    /** The product record behind a GTIN, or {@link NotFound}. */
    public TraceRecord product(String gtin14) {
        return traceRecords.byGtin(gtin14);
    }

    /** The lot {@code lotCode} of a product, or {@link NotFound}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LotRef lot(UUID productId, String lotCode) {
        Lot lot = lots.find(productId, lotCode)
                .orElseThrow(() -> new NotFound("No lot " + lotCode + " of this product"));
        return new LotRef(lot.id, lot.lotCode);
    }

    /** True when a serial verifier is deployed: only then does a serial scan get a verdict. */
    public boolean verifiesSerials() {
        return serialVerifier.isResolvable();
    }

    /**
     * The record a consumer sees for {@code uri}. With {@code context} non-null and a deployed verifier, a serial scan
     * is logged and judged; with {@code context} null (HEAD requests) it is not. Unknown GTIN or lot is
     * {@link NotFound}; an unknown serial is a record whose verdict says so.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScanRecord record(DigitalLinkUri uri, SerialVerifier.ScanContext context) {
        TraceRecord product = traceRecords.byGtin(uri.gtin14());
        Optional<Lot> lot = uri.lot() == null ? Optional.empty()
                : Optional.of(lots.find(product.productId(), uri.lot())
                .orElseThrow(() -> new NotFound("No lot " + uri.lot() + " of GTIN " + uri.gtin14())));
        ScanRecord.SerialView serial = null;
        if (uri.serial() != null) {
            SerialVerifier.SerialScan scan = context != null && verifiesSerials()
                    ? serialVerifier.get().scan(product.productId(), uri.lot(), uri.serial(), context) : null;
            if (lot.isEmpty() && scan != null && scan.lotId() != null) {
                lot = lots.find(scan.lotId());
            }
            serial = new ScanRecord.SerialView(uri.serial(), base() + uri.path(),
                    scan == null ? null : scan.verdict().name(), scan == null ? null : scan.scanCount(),
                    scan == null ? null : scan.firstScannedAt());
        }
        return ScanRecord.of(product, base() + uri.path(),
                lot.map(l -> lotView(l, uri.gtin14(), product)).orElse(null), serial);
    }

    private ScanRecord.LotView lotView(Lot lot, String gtin14, TraceRecord product) {
        Optional<GrowingArea> area = Optional.ofNullable(areas.find(lot.growingAreaId));
        List<ScanRecord.TimelineEntry> timeline = events.timeline(lot.id, TIMELINE_LIMIT).stream()
                .map(e -> timelineEntry(e, area.orElse(null), product)).toList();
        return new ScanRecord.LotView(lot.id, lot.lotCode,
                base() + new DigitalLinkUri(gtin14, lot.lotCode, null).path(), lot.productionDate, lot.expiryDate,
                lot.quantity, lot.unit, area.map(ScanService::areaView).orElse(null),
                base() + "/lots/" + lot.id + "/epcis", lot.eventCount, timeline);
    }

    private static ScanRecord.GrowingAreaView areaView(GrowingArea a) {
        return new ScanRecord.GrowingAreaView(a.id, a.name, a.communeCode, a.communeName, a.provinceName, a.subject,
                a.subjectKind, a.latitude, a.longitude, a.areaHectares);
    }

    private static ScanRecord.TimelineEntry timelineEntry(EpcisEvent e, GrowingArea area, TraceRecord product) {
        ZoneOffset offset = offset(e.eventTimeZoneOffset);
        return new ScanRecord.TimelineEntry(e.eventTime.withOffsetSameInstant(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                e.eventTimeZoneOffset, e.eventType, shortCbv(e.bizStep), shortCbv(e.disposition),
                where(e.bizLocation != null ? e.bizLocation : e.readPoint, area, product), who(e));
    }

    /** The recorder's display name carried in the event ({@code ocop:partyName}), else its account name. */
    private static String who(EpcisEvent e) {
        try {
            String name = PARTY_READER.readTree(e.body).path("ocop:partyName").asText(null);
            return name == null || name.isBlank() ? e.recordedBy : name;
        } catch (IOException | RuntimeException unreadable) {
            return e.recordedBy;
        }
    }

    private static final ObjectMapper PARTY_READER = new ObjectMapper();

    private static ZoneOffset offset(String value) {
        try {
            return ZoneOffset.of(value);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** {@code https://ref.gs1.org/cbv/BizStep-shipping} and {@code urn:epcglobal:cbv:bizstep:shipping} → shipping. */
    static String shortCbv(String value) {
        if (value == null) {
            return null;
        }
        for (String prefix : CBV_PREFIXES) {
            if (value.startsWith(prefix)) {
                return value.substring(prefix.length());
            }
        }
        return value;
    }

    /** A place a consumer can read: the lot's growing area or a known commune by name, else the location as given. */
    private static String where(String location, GrowingArea area, TraceRecord product) {
        if (location == null) {
            return null;
        }
        if (area != null && location.contains(area.id.toString())) {
            return join(area.name, area.communeName);
        }
        // the capture side writes {base}/communes/{code}
        String code = location.contains("/communes/") ? location.substring(location.lastIndexOf('/') + 1) : null;
        if (code != null && area != null && code.equals(area.communeCode) && area.communeName != null) {
            return join(area.communeName, area.provinceName);
        }
        if (code != null && product.location() != null && code.equals(product.location().communeCode())
                && product.location().communeName() != null) {
            return join(product.location().communeName(), product.location().provinceName());
        }
        return location;
    }

    private static String join(String first, String second) {
        return second == null || second.isBlank() ? first : first + ", " + second;
    }

    private String base() {
        String base = resolver.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
