package vn.ocop.traceability.serial.service;

import vn.ocop.platform.problem.DomainException;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.traceability.platform.config.TimeConfig;
import java.time.Duration;
import java.time.ZonedDateTime;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.ocop.contract.DigitalLinks;
import vn.ocop.contract.Gtin;
import vn.ocop.platform.paging.Page;
import vn.ocop.traceability.platform.config.ResolverConfig;
import vn.ocop.traceability.serial.Serial;
import vn.ocop.traceability.serial.SerialBatch;
import vn.ocop.traceability.serial.config.SerialConfig;
import vn.ocop.traceability.serial.repository.SerialBatchRepository;
import vn.ocop.traceability.serial.repository.SerialRepository;
import vn.ocop.traceability.serial.service.LotAccess.LotOfProduct;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Issues serials for lots in batches and hands them out as pages, a CSV file and a printable label sheet. */
@ApplicationScoped
public class SerialService {

    private static final Logger LOG = Logger.getLogger(SerialService.class);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    // strict: quote only the values that need it (Jackson otherwise quotes every value longer than 24 characters)
    private static final CsvMapper CSV = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final String[] CSV_HEADER = {"serial", "uri", "gtin", "lot"};
    // the header is written as a first row: Jackson writes its own only once a data row comes, an empty lot has none
    private static final CsvSchema CSV_SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final LotAccess access;
    private final SerialRepository serials;
    private final SerialBatchRepository batches;
    private final SerialConfig config;
    private final ResolverConfig resolver;
    private final SerialLabelRenderer labels;
    private final ScanLedger ledger;
    private final SerialSigningKey signing;
    private final Clock clock;

    public SerialService(LotAccess access, SerialRepository serials, SerialBatchRepository batches,
                         SerialConfig config, ResolverConfig resolver, SerialLabelRenderer labels, ScanLedger ledger,
                         SerialSigningKey signing, Clock clock) {
        this.access = access;
        this.serials = serials;
        this.batches = batches;
        this.config = config;
        this.resolver = resolver;
        this.labels = labels;
        this.ledger = ledger;
        this.signing = signing;
        this.clock = clock;
    }

    /**
     * Refuses a batch beyond the lot's quota (422 {@code serial-quota}) or the producer's daily quota (429
     * {@code serial-daily-quota}, {@code Retry-After} until midnight in Vietnam).
     */
    private void withinQuotas(LotOfProduct lot, int issued, int count) {
        if ((long) issued + count > config.maxPerLot()) {
            throw DomainException.unprocessableOn("serial-quota", "count", "a lot may have at most " + config.maxPerLot()
                    + " serials; this one has " + issued + ", so at most " + Math.max(0, config.maxPerLot() - issued)
                    + " more");
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(TimeConfig.VIETNAM));
        ZonedDateTime today = now.toLocalDate().atStartOfDay(TimeConfig.VIETNAM);
        long issuedToday = serials.issuedByProducerSince(lot.producerId(), today.toOffsetDateTime());
        if (issuedToday + count > config.maxPerProducerPerDay()) {
            throw DomainException.tooManyRequests("serial-daily-quota", "A producer may issue at most "
                    + config.maxPerProducerPerDay() + " serials per day; " + issuedToday + " were issued today",
                    List.of(new FieldError("count", "must not exceed the " + Math.max(0,
                            config.maxPerProducerPerDay() - issuedToday) + " serials left for today (daily quota "
                            + config.maxPerProducerPerDay() + ")")),
                    Duration.between(now, today.plusDays(1)));
        }
    }

    /**
     * Issues {@code count} new serials for the lot, all-or-nothing: random values over {@link SerialCodes#ALPHABET},
     * each followed by its signature for the lot ({@link SerialSignatures}), none the product already has, numbered on
     * from the lot's last serial, inserted with COPY.
     */
    @Transactional
    public IssuedBatch generate(UUID lotId, int count) {
        long started = System.nanoTime();
        LotOfProduct lot = access.lotOfCaller(lotId);
        if (lot.gtin() == null || Gtin.toGtin14(lot.gtin()).isEmpty()) {
            throw DomainException.ruleViolationOn("product-without-gtin", "lotId",
                    "the lot's product has no GTIN: serialized Digital Links need one");
        }
        serials.lockLotForGeneration(lot.lotId());
        int first = serials.nextSeq(lot.lotId());
        withinQuotas(lot, first - 1, count);
        SerialBatch batch = new SerialBatch();
        batch.id = UUID.randomUUID();
        batch.lotId = lot.lotId();
        batch.productId = lot.productId();
        batch.count = count;
        batch.createdBy = access.actor();
        batch.createdAt = OffsetDateTime.now(clock);
        batches.persistAndFlush(batch);

        SerialCodes codes = new SerialCodes(config.length());
        SerialSignatures signatures = signing.signatures();
        Set<String> drawn = new HashSet<>(count * 2);
        Map<Integer, String> pending = new HashMap<>(count * 2);
        for (int seq = first; seq < first + count; seq++) {
            pending.put(seq, signatures.sign(lot.productId(), lot.lotCode(), fresh(codes, drawn)));
        }
        while (!pending.isEmpty()) {
            List<Integer> taken = serials.insertNew(lot.productId(), lot.lotId(), batch.id, pending);
            pending.clear();
            // a value another batch of the product already holds: rare at ~49 bits, drawn again for that position
            taken.forEach(seq -> pending.put(seq, signatures.sign(lot.productId(), lot.lotCode(), fresh(codes, drawn))));
        }
        ledger.forgetUnknown(lot.productId());
        LOG.infof("issued %d serials for lot %s in %d ms", count, lot.lotId(),
                (System.nanoTime() - started) / 1_000_000);
        return new IssuedBatch(batch.id, lot.lotId(), count, batch.createdAt);
    }

    /** One page of the lot's serials (or of one batch), in printing order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IssuedSerial> list(UUID lotId, UUID batchId, int page, int size) {
        LotOfProduct lot = access.lotOfCaller(lotId);
        requireBatchOfLot(lot, batchId);
        var query = serials.byLot(lot.lotId(), batchId).page(page, size);
        DigitalLinks links = links();
        List<IssuedSerial> items = query.list().stream()
                .map(s -> new IssuedSerial(s.serial, links.serial(lot.gtin(), lot.lotCode(), s.serial), s.scanCount))
                .toList();
        return new Page<>(items, page, size, query.count());
    }

    /**
     * Checks access now and returns a writer of the CSV (UTF-8 with BOM, RFC 4180, header
     * {@code serial,uri,gtin,lot}) that streams the lot's serials in its own read-only transaction.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CsvExport csv(UUID lotId, UUID batchId) {
        LotOfProduct lot = access.lotOfCaller(lotId);
        requireBatchOfLot(lot, batchId);
        DigitalLinks links = links();
        String gtin14 = lot.gtin() == null ? null : Gtin.toGtin14(lot.gtin()).orElse(lot.gtin());
        return out -> {
            out.write(UTF8_BOM);
            try (SequenceWriter rows = CSV.writer(CSV_SCHEMA).writeValues(out)) {
                rows.write(CSV_HEADER);
                serials.forEachOfLot(lot.lotId(), batchId, serial -> {
                    try {
                        rows.write(new String[] {serial, links.serial(lot.gtin(), lot.lotCode(), serial), gtin14,
                                lot.lotCode()});
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            out.flush();
        };
    }

    /** A PDF sheet of labels for one page of the lot's serials (or of one batch): QR code and readable text. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] labels(UUID lotId, UUID batchId, int page, Integer size) {
        int perPdf = size == null ? config.maxLabelsPerPdf() : size;
        if (perPdf < 1 || perPdf > config.maxLabelsPerPdf()) {
            throw DomainException.ruleViolationOn("label-count", "size",
                    "must be between 1 and " + config.maxLabelsPerPdf());
        }
        LotOfProduct lot = access.lotOfCaller(lotId);
        requireBatchOfLot(lot, batchId);
        DigitalLinks links = links();
        List<Serial> units = serials.byLot(lot.lotId(), batchId).page(page, perPdf).list();
        List<SerialLabelRenderer.Label> sheet = units.stream()
                .map(s -> new SerialLabelRenderer.Label(links.serial(lot.gtin(), lot.lotCode(), s.serial),
                        Gtin.toGtin14(lot.gtin()).orElse(lot.gtin()), lot.lotCode(), s.serial))
                .toList();
        return labels.render(lot.productName(), sheet);
    }

    /** Writes an export to a stream once the response starts. */
    @FunctionalInterface
    public interface CsvExport {
        void writeTo(OutputStream out) throws IOException;
    }

    private void requireBatchOfLot(LotOfProduct lot, UUID batchId) {
        if (batchId == null) {
            return;
        }
        SerialBatch batch = batches.findById(batchId);
        if (batch == null || !batch.lotId.equals(lot.lotId())) {
            throw DomainException.notFound("No serial batch " + batchId + " in lot " + lot.lotId());
        }
    }

    private static String fresh(SerialCodes codes, Set<String> drawn) {
        String code = codes.next();
        while (!drawn.add(code)) {
            code = codes.next();
        }
        return code;
    }

    private DigitalLinks links() {
        return new DigitalLinks(resolver.baseUrl());
    }
}
