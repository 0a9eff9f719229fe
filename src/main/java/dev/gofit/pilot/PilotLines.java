package dev.gofit.pilot;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/** A list of one-line items stored as one text column, one item a line; blank lines are dropped. */
@Converter
public class PilotLines implements AttributeConverter<List<String>, String> {

    /** The non-blank lines of a text as typed, each stripped. */
    static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String convertToDatabaseColumn(List<String> lines) {
        return lines == null ? "" : String.join("\n", lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return of(column);
    }
}
