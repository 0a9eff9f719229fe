package dev.gofit.takehome;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The one place a review's report meets its JSON column ({@code report_json}): services and views
 * deal in {@link ReviewReport} records only.
 */
@Converter
public class ReviewReportColumn implements AttributeConverter<ReviewReport, String> {

    @Override
    public String convertToDatabaseColumn(ReviewReport report) {
        if (report == null) {
            return null;
        }
        try {
            return ReviewEngine.JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a review report could not be written as JSON", e);
        }
    }

    @Override
    public ReviewReport convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        try {
            return ReviewEngine.JSON.readValue(json, ReviewReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored review report is unreadable", e);
        }
    }
}
