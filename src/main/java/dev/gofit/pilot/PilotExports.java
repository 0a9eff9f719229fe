package dev.gofit.pilot;

import dev.gofit.system.GoFitConfig;
import dev.gofit.system.Markdown;
import dev.gofit.system.PdfRenderer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;


/** The pilot's exports (Markdown, PDF, calendar, the ADR confirmation), one bean for pages and the API. */
@ApplicationScoped
public class PilotExports {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pdf(PilotView pilot, String generated);

        static native TemplateInstance report(PilotReport report, String generated);
    }

    private final GoFitConfig config;
    private final PdfRenderer pdf;
    private final PilotContent content;
    private final PilotClock clock;

    public PilotExports(GoFitConfig config, PdfRenderer pdf, PilotContent content, PilotClock clock) {
        this.config = config;
        this.pdf = pdf;
        this.content = content;
        this.clock = clock;
    }

    /** The pilot's page address, for exports and the ADR. */
    public String pilotUrl(long id) {
        return config.publicUrl().replaceAll("/+$", "") + "/pilots/" + id;
    }

    public String markdown(PilotView p) {
        return PilotMarkdown.charterAndResults(p, pilotUrl(p.id()));
    }

    public byte[] pdf(PilotView p) {
        return pdf.render(Templates.pdf(p, clock.today().toString()).render());
    }

    public PilotReport report(PilotView p, int day) {
        return PilotReport.of(p, day, clock.zone());
    }

    public String reportMarkdown(PilotView p, int day) {
        return PilotMarkdown.checkpointReport(report(p, day), pilotUrl(p.id()));
    }

    public byte[] reportPdf(PilotView p, int day) {
        return pdf.render(Templates.report(report(p, day), clock.today().toString()).render());
    }

    public String calendar(PilotView p) {
        return PilotCalendar.render(p, content.templates(), config.publicUrl(), clock.now());
    }

    public String confirmationMarkdown(PilotView p) {
        return PilotMarkdown.confirmation(p, pilotUrl(p.id()));
    }

    public String confirmationHtml(PilotView p) {
        return Markdown.userHtml(confirmationMarkdown(p));
    }
}
