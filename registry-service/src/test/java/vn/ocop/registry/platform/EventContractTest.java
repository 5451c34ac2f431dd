package vn.ocop.registry.platform;

import org.junit.jupiter.api.Test;
import vn.ocop.contract.EventTypes;
import vn.ocop.contract.Topics;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document names every event type and topic the code uses, so the contract cannot drift silently. */
class EventContractTest {

    private static final Path ASYNCAPI = Path.of("../openapi/asyncapi.yaml");

    @Test
    void shouldDocumentEveryEventTypeAndTopicInAsyncApi() throws IOException, IllegalAccessException {
        String document = Files.readString(ASYNCAPI, StandardCharsets.UTF_8);
        List<String> types = new ArrayList<>();
        for (Field field : EventTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().matches("[A-Z]+_[A-Z_]+")
                    && field.get(null) instanceof String value && value.startsWith("vn.ocop.registry.")) {
                types.add(value);
            }
        }
        assertThat(types).hasSizeGreaterThanOrEqualTo(12);
        assertThat(types).allSatisfy(type -> assertThat(document).contains("name: " + type));
        assertThat(document).contains("address: " + Topics.REGISTRY_EVENTS)
                .contains("address: " + Topics.REGISTRY_EVENTS_DLQ)
                .contains("partitions: " + Topics.REGISTRY_EVENTS_PARTITIONS);
    }
}
