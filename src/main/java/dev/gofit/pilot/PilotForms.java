package dev.gofit.pilot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;

import static dev.gofit.pilot.PilotRequests.TOO_LONG;

/**
 * The pilot pages' forms: {@code @BeanParam} records of {@code @RestForm} fields checked with Bean
 * Validation (the same rules as {@link PilotRequests}), and the rows a page re-renders as typed.
 */
public final class PilotForms {

    private PilotForms() {
    }

    /** The "scope a pilot" form. */
    public record ScopeForm(
            @RestForm @Pattern(regexp = "\\s*([1-9][0-9]{0,17})?\\s*", message = "Enter a decision number, or leave it empty.")
            String decision,
            @RestForm @NotBlank(message = PilotRequests.SERVICE_REQUIRED) @Size(max = 200, message = TOO_LONG) String service,
            @RestForm @Size(max = 120, message = TOO_LONG) String owner,
            @RestForm @Size(max = 200, message = TOO_LONG) String team,
            @RestForm @PilotChecks.IsoDate String startDate) {

        Long decisionId() {
            return decision == null || decision.isBlank() ? null : Long.valueOf(decision.strip());
        }
    }

    /** The charter edit form as posted: rows come as aligned lists of repeated fields. */
    public record CharterForm(
            @RestForm String service, @RestForm String owner, @RestForm String team, @RestForm String startDate,
            @RestForm String hypothesis, @RestForm String scopeIn, @RestForm String scopeOut, @RestForm String criteria,
            @RestForm String concurrency, @RestForm String requests, @RestForm List<String> focus,
            @RestForm List<String> metricKey, @RestForm List<String> baseline, @RestForm List<String> minimum,
            @RestForm List<String> target, @RestForm List<String> risk, @RestForm List<String> mitigation) {

        /** The rows lined up by metric key and index, ready for validation; a risk row left empty is dropped. */
        CharterRequest request() {
            List<MetricInput> metrics = new ArrayList<>();
            List<String> keys = orEmpty(metricKey);
            for (int i = 0; i < keys.size(); i++) {
                metrics.add(new MetricInput(keys.get(i), at(baseline, i), at(minimum, i), at(target, i)));
            }
            List<RiskInput> risks = new ArrayList<>();
            for (int i = 0; i < orEmpty(risk).size(); i++) {
                String r = at(risk, i).strip();
                String m = at(mitigation, i).strip();
                if (!r.isEmpty() || !m.isEmpty()) {
                    risks.add(new RiskInput(r, m));
                }
            }
            return new CharterRequest(nz(service), nz(owner), nz(team), nz(startDate), nz(hypothesis), nz(scopeIn),
                    nz(scopeOut), nz(criteria), nz(concurrency), nz(requests),
                    orEmpty(focus).stream().map(PilotForms::nz).toList(), metrics, risks);
        }
    }

    /** The charter as checked: the same rules whichever way it arrives. */
    public record CharterRequest(
            @NotBlank(message = PilotRequests.SERVICE_REQUIRED) @Size(max = 200, message = TOO_LONG) String service,
            @Size(max = 120, message = TOO_LONG) String owner,
            @Size(max = 200, message = TOO_LONG) String team,
            @PilotChecks.IsoDate String startDate,
            @NotBlank(message = "Enter the hypothesis.") @Size(max = 4000, message = TOO_LONG) String hypothesis,
            @NotBlank(message = "Enter the scope in.") @Size(max = 4000, message = TOO_LONG) String scopeIn,
            @NotBlank(message = "Enter the scope out.") @Size(max = 4000, message = TOO_LONG) String scopeOut,
            @NotBlank(message = "Enter the go / no-go criteria.") @Size(max = 4000, message = TOO_LONG) String criteria,
            @NotNull @PilotChecks.WithinCap(PilotChecks.Cap.CONCURRENCY) String concurrency,
            @NotNull @PilotChecks.WithinCap(PilotChecks.Cap.REQUESTS) String requests,
            List<@NotBlank(message = "Enter the day's focus.") @Size(max = 1000, message = TOO_LONG) String> focus,
            List<@Valid MetricInput> metrics,
            List<@Valid RiskInput> risks) {
    }

    /** One metric row of the charter form, as typed. */
    @PilotChecks.TargetAsDemanding
    public record MetricInput(String key,
                              @PilotChecks.Figure(what = "baseline") String baseline,
                              @PilotChecks.Figure(what = "minimum", required = true) String minimum,
                              @PilotChecks.Figure(what = "target", required = true) String target)
            implements PilotChecks.HasTargets {

        @Override
        public Double minimumFigure() {
            return PilotChecks.figure(minimum);
        }

        @Override
        public Double targetFigure() {
            return PilotChecks.figure(target);
        }
    }

    public record RiskInput(
            @NotBlank(message = "Describe the risk, or clear its mitigation.")
            @Size(max = 1000, message = "Keep the risk and its mitigation under 1000 characters each.") String risk,
            @NotBlank(message = "Give this risk a mitigation.")
            @Size(max = 1000, message = "Keep the risk and its mitigation under 1000 characters each.") String mitigation) {
    }

    /** The "measure the pilot service" form. */
    @PilotChecks.BodyFits
    public record MeasureForm(
            @RestForm @NotBlank(message = "Enter the endpoint URL.") @Size(max = 2000, message = TOO_LONG) String endpoint,
            @RestForm @Pattern(regexp = PilotRequests.METHOD, message = PilotRequests.METHOD_MESSAGE) String method,
            @RestForm String body,
            @RestForm @Size(max = 100, message = TOO_LONG)
            @Pattern(regexp = PilotRequests.CONTENT_TYPE, message = PilotRequests.CONTENT_TYPE_MESSAGE) String contentType,
            @RestForm @NotNull @PilotChecks.WithinCap(PilotChecks.Cap.CONCURRENCY) String concurrency,
            @RestForm @NotNull @PilotChecks.WithinCap(PilotChecks.Cap.REQUESTS) String requests)
            implements PilotChecks.HasBody {

        public boolean post() {
            return "POST".equalsIgnoreCase(method == null ? "" : method.strip());
        }

        PilotRequests.Measure request() {
            return new PilotRequests.Measure(endpoint, method, body, contentType, PilotChecks.whole(concurrency),
                    PilotChecks.whole(requests));
        }
    }

    /** Figures entered by hand: aligned metric keys and figures. */
    public record FiguresForm(@RestForm List<String> figureKey, @RestForm List<String> figure) {
        List<FigureInput> rows() {
            List<FigureInput> rows = new ArrayList<>();
            for (int i = 0; i < orEmpty(figureKey).size(); i++) {
                rows.add(new FigureInput(figureKey.get(i), at(figure, i)));
            }
            return rows;
        }
    }

    public record FigureInput(String key, @PilotChecks.Figure String figure) {
    }

    /** The close buttons (and the reason, when one is needed). */
    public record CloseForm(
            @RestForm @NotNull(message = "Choose go or no-go.") @Pattern(regexp = "GO|NO_GO", message = "Choose go or no-go.")
            String outcome,
            @RestForm @Size(max = 4000, message = TOO_LONG) String reason) {
    }

    /** The daily measurement hour; empty means on demand only. */
    public record ScheduleForm(
            @RestForm @Pattern(regexp = "\\s*(|[0-9]|1[0-9]|2[0-3])\\s*", message = "Choose an hour from 0 to 23, or none.")
            String hour) {

        Integer hourOfDay() {
            return hour == null || hour.isBlank() ? null : Integer.valueOf(hour.strip());
        }
    }

    /** Checked input wrapper for lists of rows, so one validate call covers them all. */
    public record Rows<T>(List<@Valid T> rows) {
    }

    /** The charter page as it re-renders: fields as typed, rows with their messages. */
    public record CharterPage(String service, String owner, String team, String startDate, String hypothesis,
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

    public record FigureRow(String key, String name, String unit, String value, String error) {
    }

    static String at(List<String> values, int i) {
        return values != null && i >= 0 && i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
