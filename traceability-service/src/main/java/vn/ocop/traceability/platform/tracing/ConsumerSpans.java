package vn.ocop.traceability.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.contract.TraceContexts;

import java.util.function.Supplier;

/**
 * Runs the handling of one consumed event inside a span whose parent is the trace context the event came with (its
 * record's {@code traceparent} header), so a registry write and this service's handling of it share one trace id, and
 * the database work done inside joins that span. Several events handled in one transaction each get their own span.
 */
@ApplicationScoped
public class ConsumerSpans {

    private final Tracer tracer;

    public ConsumerSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /** {@code work}, inside a span named "{@code topic} process" continuing {@code traceparent} (a new trace if null). */
    public <T> T process(String topic, String traceparent, Supplier<T> work) {
        Span span = tracer.spanBuilder(topic + " process").setParent(TraceContexts.fromTraceparent(traceparent))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }
}
