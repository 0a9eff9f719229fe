package dev.gofit.hiring;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Stores ratings (skill key to 1-4) in one column as {@code concurrency=3,stdlib=4}: keys are slugs, values digits. */
@Converter
public class RatingsConverter implements AttributeConverter<Map<String, Integer>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, Integer> ratings) {
        return ratings == null ? "" : new TreeMap<>(ratings).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    @Override
    public Map<String, Integer> convertToEntityAttribute(String column) {
        Map<String, Integer> ratings = new TreeMap<>();
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(p -> p.split("=", 2))
                    .forEach(p -> ratings.put(p[0], Integer.valueOf(p[1])));
        }
        return ratings;
    }
}
