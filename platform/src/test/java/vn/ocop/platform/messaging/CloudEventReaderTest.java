package vn.ocop.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.contract.CloudEvent;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    record Payload(UUID productId, String name) {
    }

    @Test
    void shouldReadTheEnvelopeAndItsData() {
        UUID product = UUID.randomUUID();
        CloudEvent event = CloudEventReader.envelope(MAPPER, """
                {"specversion":"1.0","id":"e-1","source":"/registry","type":"vn.ocop.x.v1",
                 "time":"2026-12-04T10:00:00Z","data":{"productId":"%s","name":"Trà xanh"}}""".formatted(product));

        assertThat(event.id()).isEqualTo("e-1");
        assertThat(CloudEventReader.data(MAPPER, event, Payload.class)).isEqualTo(new Payload(product, "Trà xanh"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'' | empty message",
            "not json | not a CloudEvent JSON document",
            "null | not a CloudEvent JSON document: null",
            "{\"type\":\"t\"} | CloudEvent without id",
            "{\"id\":\" \",\"type\":\"t\"} | CloudEvent without id",
            "{\"id\":\"e-2\"} | CloudEvent e-2 without type",
            "{\"specversion\":\"0.3\",\"id\":\"e-3\",\"type\":\"t\"} | unsupported CloudEvents specversion 0.3"})
    void shouldSayWhyAnEnvelopeCannotBeUsed(String payload, String reason) {
        assertThatThrownBy(() -> CloudEventReader.envelope(MAPPER, payload))
                .isInstanceOf(InvalidEvent.class).hasMessageStartingWith(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"id\":\"e-4\",\"type\":\"t\"} | event e-4 of type t has no data object",
            "{\"id\":\"e-5\",\"type\":\"t\",\"data\":[1]} | event e-5 of type t has no data object",
            "{\"id\":\"e-6\",\"type\":\"t\",\"data\":{\"productId\":\"not-a-uuid\"}} | event e-6: data is not a Payload: "})
    void shouldSayWhyTheDataCannotBeUsed(String payload, String reason) {
        CloudEvent event = CloudEventReader.envelope(MAPPER, payload);

        assertThatThrownBy(() -> CloudEventReader.data(MAPPER, event, Payload.class))
                .isInstanceOf(InvalidEvent.class).hasMessageStartingWith(reason);
    }
}
