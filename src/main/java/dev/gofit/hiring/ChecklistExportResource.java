package dev.gofit.hiring;

import dev.gofit.system.Download;
import dev.gofit.account.Role;
import dev.gofit.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The checklist exports (shared/api.md): {@code /checklists/{id}/export.md|.csv|.pdf} for a logged-in
 * browser; {@link ChecklistApiResource} answers the same under {@code /api/checklists/{id}/...} for scripts.
 */
@Path("/checklists")
@RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
public class ChecklistExportResource {

    private final ChecklistService service;
    private final ChecklistExporter exporter;

    public ChecklistExportResource(ChecklistService service, ChecklistExporter exporter) {
        this.service = service;
        this.exporter = exporter;
    }

    @GET
    @Path("/{id}/export.md")
    @Produces("text/markdown;charset=UTF-8")
    @Transactional
    public Response markdown(@RestPath long id) {
        return export(id, "md", false);
    }

    @GET
    @Path("/{id}/export.csv")
    @Produces("text/csv;charset=UTF-8")
    @Transactional
    public Response csv(@RestPath long id) {
        return export(id, "csv", false);
    }

    @GET
    @Path("/{id}/export.pdf")
    @Produces("application/pdf")
    @Transactional
    public Response pdf(@RestPath long id) {
        return export(id, "pdf", false);
    }

    /**
     * The export in one format. Under /api a missing checklist is a problem document; on the browser
     * paths it is a plain-text 404, because the HTML error page needs a CSRF token that non-HTML
     * endpoints do not get.
     */
    Response export(long id, String extension, boolean api) {
        Checklist checklist = Checklist.findVisible(id, service.viewer()).orElse(null);
        if (checklist == null) {
            if (api) {
                throw ProblemException.notFound("Checklist " + id);
            }
            return Response.status(404).type("text/plain;charset=UTF-8").entity("Checklist " + id + " does not exist.").build();
        }
        InterviewKit kit = InterviewKit.of(checklist, service.content());
        return switch (extension) {
            case "md" -> download(exporter.markdown(kit), "text/markdown;charset=UTF-8", id, extension);
            case "csv" -> download(exporter.csv(kit), "text/csv;charset=UTF-8", id, extension);
            default -> download(exporter.pdf(kit), "application/pdf", id, extension);
        };
    }

    static Response download(Object body, String type, long id, String extension) {
        return Response.ok(body, type).header("Content-Disposition", Download.attachment("checklist-" + id + "." + extension)).build();
    }
}
