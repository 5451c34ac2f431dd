package vn.ocop.traceability.epcis.service;

import vn.ocop.platform.problem.FieldError;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    private static final String EPCIS_DOCUMENT = "EPCISDocument";

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
     * True when the events of {@code document} are checked one by one against the schema's event definition
     * ({@link #eventViolations}) and the rest as an envelope ({@link #envelopeViolations}): an EPCISDocument with an
     * event array. The same rules and the same locations as validating it whole, and the events can be checked in
     * parallel.
     */
    public static boolean checksEventsApart(JsonNode document) {
        return document instanceof ObjectNode && EPCIS_DOCUMENT.equals(document.path("type").asText(null))
                && document.path("epcisBody").path("eventList").isArray();
    }

    /** The violations of the document without its events (see {@link #checksEventsApart}), else of all of it. */
    public List<FieldError> envelopeViolations(JsonNode document) {
        Set<FieldError> errors = new LinkedHashSet<>();
        if (checksEventsApart(document)) {
            ObjectNode envelope = ((ObjectNode) document).deepCopy();
            ((ObjectNode) envelope.get("epcisBody")).putArray("eventList");
            add(schema.validate(envelope), "", errors);
        } else {
            add(schema.validate(document), "", errors);
        }
        return List.copyOf(errors);
    }

    /** The violations of one event of an event list, located under {@code pointer}. Thread-safe. */
    public List<FieldError> eventViolations(JsonNode event, String pointer) {
        Set<FieldError> errors = new LinkedHashSet<>();
        add(eventSchema.validate(event), pointer, errors);
        return List.copyOf(errors);
    }

    /** Violations as reported: sorted by location, then message, at most {@value #MAX_ERRORS}. */
    public static List<FieldError> reported(Collection<FieldError> violations) {
        return violations.stream().distinct().sorted(Comparator.comparing(FieldError::field)
                .thenComparing(FieldError::message)).limit(MAX_ERRORS).toList();
    }

    private static void add(Set<ValidationMessage> messages, String prefix, Set<FieldError> errors) {
        for (ValidationMessage m : messages) {
            String field = prefix + m.getInstanceLocation().toString();
            errors.add(new FieldError(field.isEmpty() ? "/" : field, m.getError()));
        }
    }
}
