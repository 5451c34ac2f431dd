package vn.ocop.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.ProducerRecord;
import vn.ocop.contract.TraceContexts;

import java.nio.charset.StandardCharsets;

/**
 * Continues the trace of the request that wrote an outbox row when the relay publishes it: a producer span whose parent
 * is the row's stored {@code traceparent}, and that span's context as the record's {@code traceparent} header, so the
 * consumer's work joins the same trace.
 */
@ApplicationScoped
public class OutboxTracing {

    private final Tracer tracer;

    public OutboxTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Records the publish span of {@code row} and adds its context to {@code record}'s headers. */
    public void inject(OutboxEvent row, ProducerRecord<String, String> record) {
        Context parent = TraceContexts.fromTraceparent(row.traceparent);
        Span span = tracer.spanBuilder(record.topic() + " publish").setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.message.id", String.valueOf(row.id))
                .setAttribute("ocop.outbox.seq", row.seq == null ? -1 : row.seq)
                .startSpan();
        try {
            String traceparent = TraceContexts.traceparentOf(parent.with(span));
            if (traceparent != null) {
                record.headers().remove(TraceContexts.TRACEPARENT);
                record.headers().add(TraceContexts.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
            }
        } finally {
            span.end();
        }
    }
}
