package vn.ocop.traceability.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ocop.contract.CloudEvent;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.ProductData;
import vn.ocop.contract.TraceContexts;
import vn.ocop.traceability.support.RecentSpans;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.ocop.traceability.support.RegistryEvents.event;
import static vn.ocop.traceability.support.RegistryEvents.send;
import static vn.ocop.traceability.support.TestData.aProduct;
import static vn.ocop.traceability.support.TraceRecords.awaitRecord;

/** The consumer continues the registry's trace: its span and database work carry the trace id of the record's header. */
@QuarkusTest
class TraceContinuationTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    RecentSpans spans;

    @Test
    void shouldApplyARegistryEventInsideTheTraceOfItsTraceparentHeader() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String parentSpan = "00f067aa0ba902b7";
        String traceparent = "00-" + traceId + "-" + parentSpan + "-01";
        ProductData product = aProduct().build();
        CloudEvent registered = event(EventTypes.PRODUCT_REGISTERED, product.productId(), product);

        send(product.productId().toString(), JSON.writeValueAsString(registered),
                Map.of(TraceContexts.TRACEPARENT, traceparent));
        awaitRecord(product.productId(), r -> true, Duration.ofSeconds(30));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<SpanData> trace = spans.ofTrace(traceId);
            SpanData process = trace.stream().filter(s -> s.getName().endsWith(" process")).findFirst()
                    .orElseThrow(() -> new AssertionError("no consumer span in trace " + traceId + ": " + trace));
            assertThat(process.getName()).isEqualTo("ocop.registry.events process");
            assertThat(trace).as("the consumer's database work joins the trace").anyMatch(s ->
                    s.getAttributes().asMap().keySet().stream().anyMatch(k -> k.getKey().startsWith("db.")));
            assertThat(trace).as("every span descends from the registry's span").allMatch(s ->
                    s.getParentSpanContext().isValid());
        });
    }
}
