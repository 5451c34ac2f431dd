package vn.ocop.traceability.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;
import vn.ocop.contract.TraceContexts;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Runs a {@link ContinuesTrace} consumer method inside a span whose parent is the consumed record's trace context:
 * the span the messaging connector made current when there is one, otherwise the record's {@code traceparent} header.
 * Database work done inside joins that span.
 */
@ContinuesTrace
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class ContinuesTraceInterceptor {

    private final Tracer tracer;

    public ContinuesTraceInterceptor(Tracer tracer) {
        this.tracer = tracer;
    }

    @AroundInvoke
    Object continueTrace(InvocationContext invocation) throws Exception {
        Message<?> message = null;
        for (Object parameter : invocation.getParameters()) {
            if (parameter instanceof Message<?> m) {
                message = m;
            }
        }
        Optional<IncomingKafkaRecordMetadata> kafka = message == null ? Optional.empty()
                : message.getMetadata(IncomingKafkaRecordMetadata.class);
        String topic = kafka.map(IncomingKafkaRecordMetadata::getTopic).orElse("message");
        Span span = tracer.spanBuilder(topic + " process").setParent(parent(kafka)).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return invocation.proceed();
        } catch (Exception | Error e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private static Context parent(Optional<IncomingKafkaRecordMetadata> kafka) {
        if (Span.current().getSpanContext().isValid()) {
            return Context.current();
        }
        return kafka.map(m -> m.getHeaders().lastHeader(TraceContexts.TRACEPARENT))
                .map(Header::value)
                .map(v -> TraceContexts.fromTraceparent(new String(v, StandardCharsets.UTF_8)))
                .orElse(Context.root());
    }
}
