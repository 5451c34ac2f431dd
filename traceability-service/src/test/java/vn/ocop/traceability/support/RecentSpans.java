package vn.ocop.traceability.support;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.infra.test.SpanBuffer;

/** The test JVM's span exporter: a CDI bean, so Quarkus exports every span to it instead of OTLP. */
@ApplicationScoped
public class RecentSpans extends SpanBuffer {
}
