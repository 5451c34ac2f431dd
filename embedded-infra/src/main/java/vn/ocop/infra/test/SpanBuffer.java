package vn.ocop.infra.test;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A span exporter for tests (each service's tests declare a CDI bean of it, so Quarkus exports to it instead of OTLP):
 * keeps the most recent spans in memory, bounded so a whole test run cannot fill the heap.
 */
public class SpanBuffer implements SpanExporter {

    private static final int LIMIT = 50_000;
    private final ConcurrentLinkedDeque<SpanData> spans = new ConcurrentLinkedDeque<>();

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
        spans.addAll(batch);
        while (spans.size() > LIMIT) {
            spans.pollFirst();
        }
        return CompletableResultCode.ofSuccess();
    }

    /** Spans exported so far (oldest first) that belong to {@code traceId}. */
    public List<SpanData> ofTrace(String traceId) {
        List<SpanData> found = new ArrayList<>();
        spans.forEach(s -> {
            if (s.getTraceId().equals(traceId)) {
                found.add(s);
            }
        });
        return found;
    }

    /** All spans exported so far, oldest first. */
    public List<SpanData> all() {
        return List.copyOf(spans);
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
