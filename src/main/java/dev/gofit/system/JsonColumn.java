package dev.gofit.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.persistence.AttributeConverter;

/**
 * Maps a typed value to a JSON text column once, so entities and services deal in records and maps
 * (portable: a plain varchar column on H2 and PostgreSQL alike). A feature subclasses it per type.
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    /**
     * The columns' own mapper: converters are created by Hibernate, and the stored format must not follow
     * API settings (strict JSON on the API would make an older row with a dropped field unreadable).
     */
    public static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ObjectMapper mapper;
    private final JavaType type;

    protected JsonColumn(TypeReference<T> type) {
        this(MAPPER, type);
    }

    protected JsonColumn(ObjectMapper mapper, TypeReference<T> type) {
        this.mapper = mapper;
        this.type = mapper.getTypeFactory().constructType(type);
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getRawClass().getSimpleName() + " JSON column is unreadable", e);
        }
    }
}
