package vn.ocop.traceability.media.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.ocop.contract.ImageData;

import java.util.List;

/** Images as stored in {@code jsonb} columns: a product's list (from the registry) and a growing area's photo. */
public final class ImageJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<ImageData>> LIST = new TypeReference<>() {
    };

    private ImageJson() {
    }

    public static String write(Object images) {
        try {
            return images == null ? null : MAPPER.writeValueAsString(images);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write images as JSON", e);
        }
    }

    /** The stored list, empty when there is none. */
    public static List<ImageData> list(String json) {
        try {
            return json == null ? List.of() : List.copyOf(MAPPER.readValue(json, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored images are not JSON", e);
        }
    }

    /** The stored image, or null. */
    public static ImageData one(String json) {
        try {
            return json == null ? null : MAPPER.readValue(json, ImageData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored image is not JSON", e);
        }
    }
}
