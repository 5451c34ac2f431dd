package vn.ocop.registry.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.TraceContexts;
import vn.ocop.registry.support.RecentSpans;
import vn.ocop.registry.support.RegistryEvents;
import vn.ocop.registry.support.RegistryEvents.Seen;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.registry.support.Fixtures.aCertificate;
import static vn.ocop.registry.support.Fixtures.aProducer;
import static vn.ocop.registry.support.Fixtures.aProduct;

/**
 * One certification is one trace: the HTTP request that issues the certificate, its database work, the outbox row's
 * stored context (the CloudEvent's {@code traceparent}), the relay's publish span and the Kafka header the traceability
 * consumer continues from.
 */
@QuarkusTest
class TraceAcrossOutboxTest {

    @Inject
    RecentSpans spans;

    @Test
    void shouldCarryTheRequestTraceThroughTheOutboxToTheKafkaHeader() {
        UUID product = aProduct(aProducer().create()).create();
        UUID certificate = aCertificate(product).stars(4).record();

        try (RegistryEvents events = new RegistryEvents()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> issued(events, product) != null);
            Seen issued = issued(events, product);
            assertThat(issued.event().at("/data/certificateId").asText()).isEqualTo(certificate.toString());

            String stored = issued.event().path(TraceContexts.TRACEPARENT).asText(null);
            String header = issued.header(TraceContexts.TRACEPARENT);
            assertThat(stored).as("traceparent stored with the outbox row").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
            assertThat(header).as("traceparent Kafka header").isNotNull();
            String traceId = TraceContexts.traceId(stored);
            assertThat(TraceContexts.traceId(header)).isEqualTo(traceId);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                List<SpanData> trace = spans.ofTrace(traceId);
                SpanData http = trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst()
                        .orElseThrow(() -> new AssertionError("no server span exported yet in trace " + traceId));
                assertThat(http.getAttributes().get(AttributeKey.stringKey("http.route"))).contains("certificates");
                assertThat(http.getParentSpanContext().isValid()).as("the request starts the trace").isFalse();
                SpanData publish = trace.stream().filter(s -> s.getKind() == SpanKind.PRODUCER).findFirst()
                        .orElseThrow(() -> new AssertionError("no producer span exported yet in trace " + traceId));
                assertThat(header).contains(publish.getSpanId());
                assertThat(trace).as("JDBC spans of the request").anyMatch(s -> s.getAttributes().asMap().keySet()
                        .stream().anyMatch(k -> k.getKey().startsWith("db.")));
            });
        }
    }

    private static Seen issued(RegistryEvents events, UUID product) {
        return events.about(product, Duration.ofMillis(200)).stream()
                .filter(s -> EventTypes.CERTIFICATE_ISSUED.equals(s.type())).findFirst().orElse(null);
    }
}
