package dev.gofit.hiring;

import dev.gofit.system.Download;
import dev.gofit.system.PdfRenderer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Renders a checklist and its interview kit as Markdown, CSV and PDF (the PDF from the kit page's own markup). */
@ApplicationScoped
public class ChecklistExporter {

    public static final String[] CSV_HEADER = {"skill", "check", "weight", "stage"};

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance markdown(InterviewKit kit);

        static native TemplateInstance pdf(InterviewKit kit);
    }

    private final PdfRenderer pdfRenderer;
    private final HiringContent content;

    public ChecklistExporter(PdfRenderer pdfRenderer, HiringContent content) {
        this.pdfRenderer = pdfRenderer;
        this.content = content;
    }

    /** The download of a checklist in one format ({@code md}, {@code csv} or {@code pdf}), for the page and the API alike. */
    public Response download(Checklist checklist, String extension) {
        InterviewKit kit = InterviewKit.of(checklist, content);
        return switch (extension) {
            case "md" -> download(markdown(kit), "text/markdown;charset=UTF-8", checklist.id, extension);
            case "csv" -> download(csv(kit), "text/csv;charset=UTF-8", checklist.id, extension);
            default -> download(pdf(kit), "application/pdf", checklist.id, extension);
        };
    }

    private static Response download(Object body, String type, long id, String extension) {
        return Response.ok(body, type).header("Content-Disposition", Download.attachment("checklist-" + id + "." + extension)).build();
    }

    public String markdown(InterviewKit kit) {
        return Templates.markdown(kit).render();
    }

    /** One row per item: skill label, check, the skill's weight, stage key. */
    public String csv(InterviewKit kit) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get().print(out)) {
            for (InterviewKit.SkillLine skill : kit.skills()) {
                for (InterviewKit.CheckLine check : skill.checks()) {
                    printer.printRecord(cell(skill.label()), cell(check.text()), skill.weight(), cell(check.stage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A text cell that a spreadsheet will not run as a formula: labels and checks are typed by users, and
     * Excel or LibreOffice evaluate a cell starting with =, +, -, @, tab or CR (OWASP "CSV injection"),
     * so such a cell gets a leading apostrophe, which spreadsheets show as plain text.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    public byte[] pdf(InterviewKit kit) {
        return pdfRenderer.render(Templates.pdf(kit).render());
    }
}
