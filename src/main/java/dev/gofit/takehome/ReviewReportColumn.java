package dev.gofit.takehome;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.gofit.system.JsonColumn;
import jakarta.persistence.Converter;

/**
 * The one place a review's report meets its JSON column ({@code report_json}): services and views
 * deal in {@link ReviewReport} records only. Written with the engine's mapper, which the report's
 * records are shaped for.
 */
@Converter
public class ReviewReportColumn extends JsonColumn<ReviewReport> {

    public ReviewReportColumn() {
        super(ReviewEngine.JSON, new TypeReference<>() {
        });
    }
}
