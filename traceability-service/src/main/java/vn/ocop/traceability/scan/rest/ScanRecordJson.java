package vn.ocop.traceability.scan.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.platform.config.ResolverConfig;
import vn.ocop.traceability.trace.LotTrace;
import vn.ocop.traceability.trace.ProductTrace;
import vn.ocop.traceability.trace.ScanAnswer;
import vn.ocop.traceability.trace.rest.TraceRecord;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The one way a scan answer becomes JSON: the {@link ScanRecord} of a {@link ScanAnswer}, byte for byte what Jackson
 * writes for {@link ScanRecord#of}, but from parts serialized once: the product's fields (its {@link TraceRecord} has
 * exactly the first fields of a scan record) and the lot's {@link ScanRecord.LotView} are kept as bytes for as long as
 * the scan service keeps those very read-model objects, so a serial scan maps and serializes only its URI and verdict.
 */
@ApplicationScoped
public class ScanRecordJson {

    private static final byte[] URI = ",\"uri\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LOT = ",\"lot\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SERIAL = ",\"serial\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper mapper;
    private final ResolverConfig config;
    /** Made once (no lambda per scan): the product's and the lot's REST records serialized, on a cache miss. */
    private final Function<Object, byte[]> productPart;
    private final Function<Object, byte[]> lotPart;

    public ScanRecordJson(ObjectMapper mapper, ResolverConfig config) {
        this.mapper = mapper;
        this.config = config;
        this.productPart = product -> bytes(mapper.writer(), TraceRecord.of((ProductTrace) product));
        this.lotPart = lot -> bytes(mapper.writer(), ScanRecord.LotView.of((LotTrace) lot));
    }

    /** Serialized parts by identity of their read-model objects, dropped with them or after the record lifetime. */
    private Cache<Object, byte[]> parts;

    private ObjectWriter serialWriter;

    @PostConstruct
    void cache() {
        serialWriter = mapper.writerFor(ScanRecord.SerialView.class);
        parts = Caffeine.newBuilder().weakKeys().expireAfterWrite(config.recordTtl()).maximumSize(100_000).build();
    }

    /** The JSON of the scan record of {@code answer}. */
    public byte[] write(ScanAnswer answer) {
        byte[] head = parts.get(answer.product(), productPart);
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + 2048);
        out.write(head, 0, head.length - 1);   // the product's fields, without the closing brace
        out.writeBytes(URI);
        string(out, answer.uri());
        out.writeBytes(LOT);
        out.writeBytes(answer.lot() == null ? NULL : parts.get(answer.lot(), lotPart));
        out.writeBytes(SERIAL);
        out.writeBytes(answer.serial() == null ? NULL
                : bytes(serialWriter, ScanRecord.SerialView.of(answer.serial())));
        out.write('}');
        return out.toByteArray();
    }

    private static void string(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(NULL);
            return;
        }
        out.write('"');
        out.writeBytes(JsonStringEncoder.getInstance().quoteAsUTF8(value));
        out.write('"');
    }

    private static byte[] bytes(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
