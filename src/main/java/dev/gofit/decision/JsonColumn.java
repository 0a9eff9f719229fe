package dev.gofit.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.persistence.AttributeConverter;

import java.util.List;
import java.util.Map;

/**
 * Maps a typed value to a JSON text column once, so entities and services deal in records and maps
 * (portable: a plain varchar column on H2 and PostgreSQL alike). Subclasses name the type.
 */
abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    /** Its own mapper: converters are created by Hibernate, and the column format must not follow API settings. */
    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final TypeReference<T> type;

    JsonColumn(TypeReference<T> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(value);
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
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored JSON column is unreadable", e);
        }
    }

    /** Criterion key → weight 0-5. */
    public static class Weights extends JsonColumn<Map<String, Integer>> {
        public Weights() {
            super(new TypeReference<>() {
            });
        }
    }

    /** Criterion key → one logged weight step. */
    public static class WeightSteps extends JsonColumn<Map<String, DecisionService.WeightStep>> {
        public WeightSteps() {
            super(new TypeReference<>() {
            });
        }
    }

    /** The languages a decision compares. */
    public static class Options extends JsonColumn<List<String>> {
        public Options() {
            super(new TypeReference<>() {
            });
        }
    }

    /** The team-context step. */
    public static class Context extends JsonColumn<TeamContext> {
        public Context() {
            super(new TypeReference<>() {
            });
        }
    }

    /** A whole revision of a decision. */
    public static class Snapshot extends JsonColumn<DecisionSnapshot> {
        public Snapshot() {
            super(new TypeReference<>() {
            });
        }
    }

    /** The matrix content a decision was evaluated with. */
    public static class Content extends JsonColumn<dev.gofit.matrix.MatrixDefinition> {
        public Content() {
            super(new TypeReference<>() {
            });
        }
    }

    /** Staff user ids (a decision's people). */
    public static class Ids extends JsonColumn<List<Long>> {
        public Ids() {
            super(new TypeReference<>() {
            });
        }
    }
}
