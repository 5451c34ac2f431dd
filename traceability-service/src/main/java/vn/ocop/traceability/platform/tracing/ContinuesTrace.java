package vn.ocop.traceability.platform.tracing;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Kafka consumer method whose work continues the trace of the message it is given (its {@code traceparent}
 * header), so a registry write and this service's handling of it share one trace id.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ContinuesTrace {
}
