package dev.gofit.pilot;

import java.util.List;
import java.util.Map;

/** What the pilot pages' forms hold, as the user typed it, so a failed post re-renders it. */
public final class PilotForms {

    private PilotForms() {
    }

    public record ScopeForm(String decision, String service, String owner, String team, String startDate) {
    }

    public record CharterForm(String service, String owner, String team, String startDate, String hypothesis,
                              String scopeIn, String scopeOut, String criteria, String concurrency, String requests,
                              List<DayRow> days, List<MetricRow> metrics, List<RiskRow> risks) {
    }

    public record DayRow(int day, String date, String label, String focus, String error) {
    }

    public record MetricRow(String key, String name, String unit, String better, String baseline, String minimum,
                            String target, String error) {
        public String direction() {
            return "lower".equals(better) ? "lower is better" : "higher is better";
        }
    }

    public record RiskRow(int index, String risk, String mitigation, String error) {
    }

    public record MeasureForm(String endpoint, String method, String body, String contentType, String concurrency,
                              String requests) {
        public boolean post() {
            return "POST".equals(method);
        }
    }

    public record FigureRow(String key, String name, String unit, String value, String error) {
    }

    static String get(Map<String, String> errors, String key) {
        return errors.get(key);
    }
}
