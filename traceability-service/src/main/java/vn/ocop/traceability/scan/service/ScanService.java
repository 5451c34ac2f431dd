package vn.ocop.traceability.scan.service;

import vn.ocop.platform.problem.DomainException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import vn.ocop.traceability.epcis.EpcisEvent;
import vn.ocop.traceability.epcis.service.EventQueryService;
import vn.ocop.traceability.lot.GrowingArea;
import vn.ocop.traceability.media.mapping.ImageJson;
import vn.ocop.traceability.lot.Lot;
import vn.ocop.traceability.lot.service.GrowingAreaService;
import vn.ocop.traceability.lot.service.LotService;
import vn.ocop.traceability.platform.config.ResolverConfig;
import vn.ocop.traceability.platform.events.RecordsChanged;
import vn.ocop.traceability.digitallink.DigitalLinkUri;
import vn.ocop.traceability.digitallink.UnknownGtin;
import vn.ocop.traceability.serial.SerialVerifier;
import vn.ocop.traceability.trace.LotTrace;
import vn.ocop.traceability.trace.ProductTrace;
import vn.ocop.traceability.trace.ScanAnswer;
import vn.ocop.traceability.trace.service.TraceRecordService;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

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

    private final TraceRecordService traceRecords;
    private final LotService lots;
    private final GrowingAreaService areas;
    private final EventQueryService events;
    private final Instance<SerialVerifier> serialVerifier;
    private final ResolverConfig resolver;

    public ScanService(TraceRecordService traceRecords, LotService lots, GrowingAreaService areas,
                       EventQueryService events, Instance<SerialVerifier> serialVerifier, ResolverConfig resolver) {
        this.traceRecords = traceRecords;
        this.lots = lots;
        this.areas = areas;
        this.events = events;
        this.serialVerifier = serialVerifier;
        this.resolver = resolver;
    }

    /** A lot of a product, as the resolver needs it to build links. */
    public record LotRef(UUID id, String lotCode) {
    }

    /** A lot of a product by GTIN-14 and lot code. */
    private record LotKey(String gtin14, String lotCode) {
    }

    private Cache<String, ProductTrace> products;
    private Cache<LotKey, Optional<LotTrace>> lotTraces;

    /**
     * Product traces and lot traces (with growing area and timeline) live {@code ocop.resolver.record-ttl} in memory:
     * a scan then costs no query for them. Changes made here clear them when their transaction completes.
     */
    @PostConstruct
    void caches() {
        products = Caffeine.newBuilder().expireAfterWrite(resolver.recordTtl()).maximumSize(20_000).build();
        lotTraces = Caffeine.newBuilder().expireAfterWrite(resolver.recordTtl()).maximumSize(50_000).build();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) RecordsChanged changed) {
        products.invalidateAll();
        lotTraces.invalidateAll();
    }

    /** The product trace behind a GTIN, or {@link UnknownGtin}. */
    public ProductTrace product(String gtin14) {
        try {
            return products.get(gtin14, traceRecords::byGtin);
        } catch (DomainException e) {
            if (e.status() != 404) {
                throw e;
            }
            throw new UnknownGtin(gtin14);
        }
    }

    /** The product trace behind a GTIN if it is in memory, else null (never reads: fit for an I/O thread). */
    public ProductTrace productInMemory(String gtin14) {
        return products.getIfPresent(gtin14);
    }

    /**
     * The lot {@code lotCode} of the product with this GTIN-14 if its trace is in memory and the lot exists; empty
     * otherwise (never reads: fit for an I/O thread).
     */
    public Optional<LotRef> lotInMemory(String gtin14, String lotCode) {
        return lotTraceInMemory(gtin14, lotCode).map(l -> new LotRef(l.id(), l.lotCode()));
    }

    /** The lot's trace if it is in memory and the lot exists; empty otherwise (never reads). */
    private Optional<LotTrace> lotTraceInMemory(String gtin14, String lotCode) {
        Optional<LotTrace> trace = lotTraces.getIfPresent(new LotKey(gtin14, lotCode));
        return trace == null ? Optional.empty() : trace;
    }

    /** The lot {@code lotCode} of the product with this GTIN-14, or a 404 {@link DomainException}. */
    public LotRef lot(String gtin14, String lotCode) {
        LotTrace lot = lotTrace(gtin14, lotCode);
        return new LotRef(lot.id(), lot.lotCode());
    }

    /** The lot {@code lotCode} of the product with this GTIN-14, if it was ever opened. */
    public Optional<LotRef> findLot(String gtin14, String lotCode) {
        return lotTraces.get(new LotKey(gtin14, lotCode), this::loadLotTrace).map(l -> new LotRef(l.id(), l.lotCode()));
    }

    /** True when a serial verifier is deployed: only then does a serial scan get a verdict. */
    public boolean verifiesSerials() {
        return serialVerifier.isResolvable();
    }

    /**
     * What a consumer sees for {@code uri}. With {@code context} non-null and a deployed verifier, a serial scan is
     * logged and judged; with {@code context} null (HEAD requests) it is not. Unknown GTIN or lot is a 404; an unknown
     * serial is an answer whose verdict says so. Reads go through services of their own (and caches).
     */
    public ScanAnswer scan(DigitalLinkUri uri, SerialVerifier.ScanContext context) {
        ProductTrace product = product(uri.gtin14());
        LotTrace lot = uri.lot() == null ? null : lotTrace(uri.gtin14(), uri.lot());
        ScanAnswer.SerialCheck serial = null;
        if (uri.serial() != null) {
            SerialVerifier.SerialScan scan = context != null && verifiesSerials()
                    ? serialVerifier.get().scan(product.productId(), uri.lot(), uri.serial(), context) : null;
            if (lot == null && scan != null && scan.lotCode() != null) {
                lot = lotTraces.get(new LotKey(uri.gtin14(), scan.lotCode()), this::loadLotTrace).orElse(null);
            }
            serial = new ScanAnswer.SerialCheck(uri.serial(), base() + uri.path(),
                    scan == null ? null : scan.verdict().name(), scan == null ? null : scan.scanCount(),
                    scan == null ? null : scan.firstScannedAt());
        }
        return new ScanAnswer(product, base() + uri.path(), lot, serial);
    }

    /**
     * The answer to a serial scan when everything it needs is in memory (product, lot trace, the unit's scan state),
     * judged and logged as {@link #scan} would; empty when something would have to be read, so that the caller can
     * take the blocking path. Never blocks: fit for an I/O thread.
     */
    public Optional<ScanAnswer> scanFromMemory(DigitalLinkUri uri, SerialVerifier.ScanContext context) {
        if (uri.serial() == null || context == null || !verifiesSerials()) {
            return Optional.empty();
        }
        ProductTrace product = products.getIfPresent(uri.gtin14());
        if (product == null) {
            return Optional.empty();
        }
        SerialVerifier verifier = serialVerifier.get();
        Optional<String> lotCode = verifier.lotInMemory(product.productId(), uri.lot(), uri.serial())
                .filter(code -> uri.lot() == null || uri.lot().equals(code));
        Optional<LotTrace> lot = lotCode.flatMap(code -> lotTraceInMemory(uri.gtin14(), code));
        if (lot.isEmpty()) {
            return Optional.empty();
        }
        SerialVerifier.SerialScan scan = verifier.scan(product.productId(), uri.lot(), uri.serial(), context);
        String scanned = base() + uri.path();
        ScanAnswer.SerialCheck serial = new ScanAnswer.SerialCheck(uri.serial(), scanned, scan.verdict().name(),
                scan.scanCount(), scan.firstScannedAt());
        return Optional.of(new ScanAnswer(product, scanned, lot.get(), serial));
    }

    /**
     * The first scan here of a unit whose product is in memory: the unit's state is read without holding a thread (in
     * one query with other first scans), then the scan is made as {@link #scanFromMemory} makes it; empty (right away,
     * or once read) when something else would have to be read or the serial was never issued, so that the caller can
     * take the blocking path. The stage completes on a reader thread: what follows it must not block.
     */
    public Optional<CompletionStage<Optional<ScanAnswer>>> scanOnceLoaded(DigitalLinkUri uri,
                                                                          SerialVerifier.ScanContext context) {
        if (uri.serial() == null || context == null || !verifiesSerials()) {
            return Optional.empty();
        }
        ProductTrace product = products.getIfPresent(uri.gtin14());
        if (product == null) {
            return Optional.empty();
        }
        return Optional.of(serialVerifier.get().load(product.productId(), uri.lot(), uri.serial())
                .thenApply(loaded -> scanFromMemory(uri, context)));
    }

    private LotTrace lotTrace(String gtin14, String lotCode) {
        return lotTraces.get(new LotKey(gtin14, lotCode), this::loadLotTrace)
                .orElseThrow(() -> DomainException.notFound("No lot " + lotCode + " of GTIN " + gtin14));
    }

    private Optional<LotTrace> loadLotTrace(LotKey key) {
        ProductTrace product = product(key.gtin14());
        return lots.find(product.productId(), key.lotCode()).map(l -> lotTrace(l, key.gtin14(), product));
    }

    private LotTrace lotTrace(Lot lot, String gtin14, ProductTrace product) {
        Optional<GrowingArea> area = Optional.ofNullable(areas.find(lot.growingAreaId));
        List<LotTrace.TimelineEntry> timeline = events.timeline(lot.id, TIMELINE_LIMIT).stream()
                .map(e -> timelineEntry(e, area.orElse(null), product)).toList();
        return new LotTrace(lot.id, lot.lotCode,
                base() + new DigitalLinkUri(gtin14, lot.lotCode, null).path(), lot.productionDate, lot.expiryDate,
                lot.quantity, lot.unit, area.map(ScanService::areaSummary).orElse(null),
                base() + "/lots/" + lot.id + "/epcis", lot.eventCount, timeline);
    }

    private static LotTrace.GrowingAreaSummary areaSummary(GrowingArea a) {
        return new LotTrace.GrowingAreaSummary(a.id, a.name, a.communeCode, a.communeName, a.provinceName, a.subject,
                a.subjectKind, a.latitude, a.longitude, a.areaHectares, ImageJson.one(a.photo));
    }

    private static LotTrace.TimelineEntry timelineEntry(EpcisEvent e, GrowingArea area, ProductTrace product) {
        ZoneOffset offset = offset(e.eventTimeZoneOffset);
        return new LotTrace.TimelineEntry(e.eventTime.withOffsetSameInstant(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
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
    private static String where(String location, GrowingArea area, ProductTrace product) {
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
