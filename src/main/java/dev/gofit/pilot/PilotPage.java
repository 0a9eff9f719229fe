package dev.gofit.pilot;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

import static dev.gofit.pilot.PilotPages.nz;

/** The pilot page (results and trend, measure, figures, close, charter) for the page resources that show it. */
@ApplicationScoped
public class PilotPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(PilotView pilot, PilotForms.MeasureForm measure,
                                            List<PilotForms.FigureRow> figures, Map<String, String> errors,
                                            String confirmationHtml, String flash, PilotConfig.Measure caps,
                                            PilotRunView run, List<PilotRunView> runs, String typedReason);

        /** The live progress of a run, polled by htmx until it ends. */
        static native TemplateInstance show$run(PilotRunView run);
    }

    private final PilotService pilots;
    private final PilotExports exports;
    private final PilotConfig config;

    public PilotPage(PilotService pilots, PilotExports exports, PilotConfig config) {
        this.pilots = pilots;
        this.exports = exports;
        this.config = config;
    }

    /** The page as it first shows, with a flash message and the run to follow (both may be null). */
    public TemplateInstance show(PilotView p, long userId, String flash, PilotRunView run) {
        return render(p, userId, measureForm(p), figureRows(p, Map.of(), Map.of()), Map.of(), flash, run, "");
    }

    /** The page again after a refused post, with the messages and what the user typed. */
    public TemplateInstance refused(PilotView p, long userId, PilotForms.MeasureForm measure,
                                    List<PilotForms.FigureRow> figures, Map<String, String> errors, String typedReason) {
        return render(p, userId, measure == null ? measureForm(p) : measure,
                figures == null ? figureRows(p, Map.of(), Map.of()) : figures, errors, null, null, nz(typedReason));
    }

    public TemplateInstance run(PilotRunView run) {
        return Templates.show$run(run);
    }

    private TemplateInstance render(PilotView p, long userId, PilotForms.MeasureForm measure,
                                    List<PilotForms.FigureRow> figures, Map<String, String> errors, String flash,
                                    PilotRunView run, String typedReason) {
        String confirmation = p.decisionId() == null ? null : exports.confirmationHtml(p);
        List<PilotRunView> runs = pilots.recentRuns(p.id(), userId, 5);
        PilotRunView following = run != null ? run : runs.stream().filter(PilotRunView::active).findFirst().orElse(null);
        return Templates.show(p, measure, figures, errors, confirmation, flash, config.measure(), following, runs,
                typedReason);
    }

    static PilotForms.MeasureForm measureForm(PilotView p) {
        return new PilotForms.MeasureForm(nz(p.endpoint()), p.method(), nz(p.requestBody()), "",
                Integer.toString(p.concurrency()), Integer.toString(p.requests()));
    }

    static List<PilotForms.FigureRow> figureRows(PilotView p, Map<String, String> typed, Map<String, String> errors) {
        return p.metrics().stream().filter(PilotView.Metric::manual)
                .map(m -> new PilotForms.FigureRow(m.key(), m.name(), m.unit(),
                        typed.getOrDefault(m.key(), m.actual() == null ? "" : m.actualText()),
                        errors.get("figure-" + m.key())))
                .toList();
    }
}
