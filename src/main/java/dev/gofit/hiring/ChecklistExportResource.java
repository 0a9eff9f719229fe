package dev.gofit.hiring;

import dev.gofit.system.Download;
import dev.gofit.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The checklist exports (see the README): {@code /checklists/{id}/export.md|.csv|.pdf} for a logged-in
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
        return export(id, "md");
    }

    @GET
    @Path("/{id}/export.csv")
    @Produces("text/csv;charset=UTF-8")
    @Transactional
    public Response csv(@RestPath long id) {
        return export(id, "csv");
    }

    @GET
    @Path("/{id}/export.pdf")
    @Produces("application/pdf")
    @Transactional
    public Response pdf(@RestPath long id) {
        return export(id, "pdf");
    }

    private Response export(long id, String extension) {
        Checklist checklist = Checklist.findVisible(id, service.viewer()).orElse(null);
        if (checklist == null) {
            return Download.notFound("Checklist " + id);
        }
        return exporter.download(checklist, extension);
    }
}
