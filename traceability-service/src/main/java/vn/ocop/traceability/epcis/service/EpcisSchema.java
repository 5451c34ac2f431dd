package vn.ocop.traceability.epcis.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
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

    private final JsonSchema schema;

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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of {@code document}, sorted by location; empty when it is valid. */
    public List<Problem.FieldError> violations(JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        Set<Problem.FieldError> errors = new LinkedHashSet<>();
        for (ValidationMessage m : messages) {
            String field = m.getInstanceLocation().toString();
            errors.add(new Problem.FieldError(field.isEmpty() ? "/" : field, m.getError()));
        }
        return errors.stream().sorted(Comparator.comparing(Problem.FieldError::field)
                .thenComparing(Problem.FieldError::message)).limit(MAX_ERRORS).toList();
    }
}
