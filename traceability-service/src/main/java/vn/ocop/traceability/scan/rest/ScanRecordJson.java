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
import vn.ocop.traceability.trace.rest.TraceRecord;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link ScanRecord} as JSON the way the REST layer would, but from parts serialized once: the product's
 * fields (a {@link TraceRecord} has exactly the first fields of a scan record) and the lot view are kept as bytes
 * for as long as the scan service keeps those very objects, so a serial scan serializes only its URI and verdict.
 */
@ApplicationScoped
public class ScanRecordJson {

    private static final byte[] URI = ",\"uri\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LOT = ",\"lot\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SERIAL = ",\"serial\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper mapper;
    private final ResolverConfig config;

    public ScanRecordJson(ObjectMapper mapper, ResolverConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    /** Serialized parts by identity, dropped with the objects or after the record lifetime. */
    private Cache<Object, byte[]> parts;

    private ObjectWriter serialWriter;

    @PostConstruct
    void cache() {
        serialWriter = mapper.writerFor(ScanRecord.SerialView.class);
        parts = Caffeine.newBuilder().weakKeys().expireAfterWrite(config.recordTtl()).maximumSize(100_000).build();
    }

    /** The JSON of {@code record}, built from {@code product}, the trace record it was made of. */
    public byte[] write(ScanRecord record, TraceRecord product) {
        byte[] head = part(product);
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + 2048);
        out.write(head, 0, head.length - 1);   // the product's fields, without the closing brace
        out.writeBytes(URI);
        string(out, record.uri());
        out.writeBytes(LOT);
        out.writeBytes(record.lot() == null ? NULL : part(record.lot()));
        out.writeBytes(SERIAL);
        out.writeBytes(record.serial() == null ? NULL : bytes(serialWriter, record.serial()));
        out.write('}');
        return out.toByteArray();
    }

    private byte[] part(Object value) {
        return parts.get(value, v -> bytes(mapper.writer(), v));
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
