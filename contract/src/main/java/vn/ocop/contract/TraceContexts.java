package vn.ocop.contract;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves a trace context in and out of its W3C {@code traceparent} text, the form stored with each outbox row, carried
 * by the CloudEvents distributed-tracing extension and sent as a Kafka header.
 */
public final class TraceContexts {

    /** Name of the W3C header, the CloudEvent extension attribute and the Kafka header. */
    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContexts() {
    }

    /** The {@code traceparent} of the span current on this thread, or null when none is being recorded. */
    public static String currentTraceparent() {
        return traceparentOf(Context.current());
    }

    /** The {@code traceparent} of {@code context}, or null when it holds no valid span. */
    public static String traceparentOf(Context context) {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** A context whose remote parent is {@code traceparent}; the root context when it is null or malformed. */
    public static Context fromTraceparent(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(TRACEPARENT, traceparent),
                GETTER);
    }

    /** The trace id of a {@code traceparent} (its second field), or null. */
    public static String traceId(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        List<String> parts = List.of(traceparent.split("-"));
        return parts.size() == 4 ? parts.get(1) : null;
    }
}
