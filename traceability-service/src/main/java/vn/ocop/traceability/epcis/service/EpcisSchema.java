package vn.ocop.traceability.epcis.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.enterprise.context.ApplicationScoped;
import vn.ocop.traceability.platform.problem.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The official GS1 EPCIS 2.0 JSON schema (an unmodified copy in {@code epcis/EPCIS-JSON-Schema.json}), draft-07 with
 * formats asserted; violations come back with JSON-pointer fields.
 */
@ApplicationScoped
public class EpcisSchema {

    private static final String RESOURCE = "epcis/EPCIS-JSON-Schema.json";
    private static final URI SCHEMA_ID = URI.create("https://gs1.github.io/EPCIS/EPCIS-JSON-Schema.json");
    /** More violations than this say nothing more useful. */
    private static final int MAX_ERRORS = 100;

    private static final String EVENT_DEFINITION = "EPCIS-Document-Event";
    private static final String EVENT_LIST = "/epcisBody/eventList";
    /** Below this many events a document is validated whole; above, events are validated in parallel. */
    private static final int PARALLEL_FROM = 64;

    private final JsonSchema schema;
    private final JsonSchema eventSchema;

    public EpcisSchema(ObjectMapper mapper) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode node = mapper.readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(SCHEMA_ID, node, config);
            schema.initializeValidators();
            eventSchema = schema.getSubSchema(new JsonNodePath(PathType.JSON_POINTER)
                    .append("definitions").append(EVENT_DEFINITION));
            eventSchema.initializeValidators();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema violations of {@code document}, sorted by location; empty when it is valid. A large EPCISDocument is
     * checked as its envelope (with an empty event list) plus each event against the schema's event definition, in
     * parallel: the same rules, the same locations, a fraction of the wall time.
     */
    public List<Problem.FieldError> violations(JsonNode document) {
        JsonNode events = document.path("epcisBody").path("eventList");
        Set<Problem.FieldError> errors = new LinkedHashSet<>();
        if (events.isArray() && events.size() >= PARALLEL_FROM && document instanceof ObjectNode
                && "EPCISDocument".equals(document.path("type").asText(null))) {
            ObjectNode envelope = ((ObjectNode) document).deepCopy();
            ((ObjectNode) envelope.get("epcisBody")).putArray("eventList");
            add(schema.validate(envelope), "", errors);
            List<List<Problem.FieldError>> perEvent = IntStream.range(0, events.size()).parallel()
                    .mapToObj(i -> {
                        Set<Problem.FieldError> eventErrors = new LinkedHashSet<>();
                        add(eventSchema.validate(events.get(i)), EVENT_LIST + "/" + i, eventErrors);
                        return List.copyOf(eventErrors);
                    }).toList();
            perEvent.forEach(errors::addAll);
        } else {
            add(schema.validate(document), "", errors);
        }
        return errors.stream().sorted(Comparator.comparing(Problem.FieldError::field)
                .thenComparing(Problem.FieldError::message)).limit(MAX_ERRORS).toList();
    }

    private static void add(Set<ValidationMessage> messages, String prefix, Set<Problem.FieldError> errors) {
        for (ValidationMessage m : messages) {
            String field = prefix + m.getInstanceLocation().toString();
            errors.add(new Problem.FieldError(field.isEmpty() ? "/" : field, m.getError()));
        }
    }
}
