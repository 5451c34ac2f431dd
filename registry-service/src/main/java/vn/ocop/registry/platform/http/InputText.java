package vn.ocop.registry.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemMapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Refuses text the database cannot store before it gets there: a NUL character or an unpaired UTF-16 surrogate in
 * a JSON string (value or key), a query parameter or a path segment is a 400 problem naming the field, never a failed
 * insert (500).
 */
@Singleton
public class InputText implements ObjectMapperCustomizer {

    static final String MESSAGE = "must be text without NUL characters or unpaired surrogates";

    /** Whether the text can be stored as it is. */
    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("storable-text");
        module.addDeserializer(String.class, new StorableStrings());
        module.addKeyDeserializer(String.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                if (!storable(key)) {
                    throw InvalidFormatException.from(context.getParser(), MESSAGE, key, String.class);
                }
                return key;
            }
        });
        mapper.registerModule(module);
    }

    /** String values, refused when they cannot be stored. */
    static final class StorableStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String value = super.deserialize(p, context);
            if (value != null && !storable(value)) {
                throw InvalidFormatException.from(p, MESSAGE, value, String.class);
            }
            return value;
        }
    }

    /** Query parameters and path segments, decoded, with the same rule (a malformed escape is refused too). */
    @ServerRequestFilter(preMatching = true)
    public Response checkUri(ContainerRequestContext request) {
        try {
            for (Map.Entry<String, List<String>> query : request.getUriInfo().getQueryParameters(true).entrySet()) {
                if (!storable(query.getKey()) || query.getValue().stream().anyMatch(v -> !storable(v))) {
                    return refuse(query.getKey());
                }
            }
            for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
                if (!storable(segment.getPath())) {
                    return refuse("path");
                }
            }
        } catch (IllegalArgumentException e) {
            return ProblemMapper.respond(400, "validation", "The request is not valid",
                    List.of(new FieldError("uri", "has a malformed percent-encoding")));
        }
        return null;
    }

    private static Response refuse(String field) {
        return ProblemMapper.respond(400, "validation", "The request is not valid",
                List.of(new FieldError(storable(field) ? field : "query", MESSAGE)));
    }
}
