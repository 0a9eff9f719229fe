package dev.gofit.decision;

import dev.gofit.system.Download;
import dev.gofit.system.GoFitConfig;
import dev.gofit.system.Markdown;
import dev.gofit.system.PdfRenderer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A decision's ADR as Markdown, PDF and HTML: the one export bean the page and the API resources share. */
@ApplicationScoped
public class AdrExport {

    @CheckedTemplate(basePath = "DecisionExport")
    static class Templates {
        static native TemplateInstance adrPdf(String title, Map<String, String> front, String adrHtml,
                                              dev.gofit.matrix.MatrixView.Chart chart);
    }

    private final DecisionEvaluator evaluator;
    private final DecisionConfirmation confirmation;
    private final PdfRenderer pdf;
    private final GoFitConfig config;
    private final DecisionLog log;

    public AdrExport(DecisionEvaluator evaluator, DecisionConfirmation confirmation, PdfRenderer pdf, GoFitConfig config,
                     DecisionLog log) {
        this.log = log;
        this.evaluator = evaluator;
        this.confirmation = confirmation;
        this.pdf = pdf;
        this.config = config;
    }

    public AdrWriter.Adr adr(Decision d) {
        DecisionEvaluator.Evaluation e = evaluator.evaluate(d);
        Decision by = d.supersededById == null ? null : Decision.<Decision>findById(d.supersededById);
        DecisionLog.People people = log.peopleOf(d);
        return AdrWriter.write(new AdrWriter.Input(d, e, evaluator.framework(), names(log.deciders(d)),
                names(people.consulted()), names(people.informed()),
                confirmation.confirmationMarkdown(d.id).orElse(null), pilotUrl(d), by));
    }

    private static String names(java.util.List<DecisionLog.Person> people) {
        return String.join(", ", people.stream().map(DecisionLog.Person::name).toList());
    }

    /** The Markdown file, a download with a file name. */
    public Response markdown(Decision d) {
        return Response.ok(adr(d).markdown(), "text/markdown; charset=utf-8")
                .header("Content-Disposition", Download.attachment(fileName(d) + ".md")).build();
    }

    /** The PDF file, as a download. */
    public Response pdf(Decision d) {
        AdrWriter.Adr adr = adr(d);
        // The same score chart as the decision page (MatrixView's geometry), drawn as SVG in the PDF.
        var chart = dev.gofit.matrix.MatrixView.of(evaluator.evaluate(d).matrix(), List.of(), false, false, Map.of(), Map.of())
                .chart();
        String xhtml = Templates.adrPdf(adr.title(), adr.frontMatter(), html(adr.body()), chart).render();
        return Response.ok(pdf.render(xhtml), "application/pdf")
                .header("Content-Disposition", Download.attachment(fileName(d) + ".pdf")).build();
    }

    /** The ADR body as HTML for the print view; raw HTML in user text is escaped. */
    public String bodyHtml(Decision d) {
        return html(adr(d).body());
    }

    private static String html(String markdown) {
        return Markdown.userHtml(markdown);
    }

    private String pilotUrl(Decision d) {
        String base = config.publicUrl().endsWith("/") ? config.publicUrl().substring(0, config.publicUrl().length() - 1)
                : config.publicUrl();
        return base + "/pilots/new?decision=" + d.id;
    }

    static String fileName(Decision d) {
        String slug = d.title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "adr-" + d.id + (slug.isEmpty() ? "" : "-" + (slug.length() > 60 ? slug.substring(0, 60) : slug));
    }
}
