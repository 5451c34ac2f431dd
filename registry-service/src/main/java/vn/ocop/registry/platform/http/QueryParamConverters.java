package vn.ocop.registry.platform.http;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemMapper;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Reads enum, UUID, date and date-time query parameters so that a bad value is a 400 problem naming the parameter and the accepted
 * values (JAX-RS would otherwise answer 404 for a query parameter it cannot convert).
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(a -> a instanceof QueryParam).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new Converter<>(value -> Enum.valueOf((Class) rawType, value.trim()), name,
                    "must be one of " + Arrays.toString(rawType.getEnumConstants()));
        }
        if (rawType == java.time.OffsetDateTime.class) {
            return (ParamConverter<T>) new Converter<>(v -> {
                try {
                    return java.time.OffsetDateTime.parse(v.trim().replace(' ', '+'));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException(e);
                }
            }, name, "must be an ISO date-time with offset, e.g. 2026-11-01T00:00:00+07:00");
        }
        if (rawType == java.time.LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(v -> {
                try {
                    return java.time.LocalDate.parse(v.trim());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException(e);
                }
            }, name, "must be an ISO date, e.g. 2025-12-31");
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Converter<>(UUID::fromString, name, "must be a UUID");
        }
        return null;
    }

    private record Converter<T>(java.util.function.Function<String, T> parse, String name, String rule)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(ProblemMapper.respond(400, "validation", "The request is not valid",
                        List.of(new FieldError(name, rule))));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
