package dev.gofit.pilot;

import dev.gofit.system.Download;
import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.util.Optional;
import java.util.function.Function;

/** The pilot's downloads: charter and results, the day-5 and day-10 reports (Markdown, PDF), the checkpoints as a calendar. */
@Path("/pilots/{id}")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
public class PilotExportResource {

    private final PilotService pilots;
    private final PilotExports exports;
    private final CurrentUser currentUser;

    public PilotExportResource(PilotService pilots, PilotExports exports, CurrentUser currentUser) {
        this.pilots = pilots;
        this.exports = exports;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/export.md")
    @Produces("text/markdown;charset=utf-8")
    public Response markdown(@RestPath long id) {
        return download(id, "pilot-" + id + ".md", exports::markdown);
    }

    @GET
    @Path("/export.pdf")
    @Produces("application/pdf")
    public Response pdf(@RestPath long id) {
        return download(id, "pilot-" + id + ".pdf", exports::pdf);
    }

    @GET
    @Path("/checkpoints.ics")
    @Produces("text/calendar;charset=utf-8")
    public Response calendar(@RestPath long id) {
        return download(id, "pilot-" + id + "-checkpoints.ics", exports::calendar);
    }

    @GET
    @Path("/report-{day}.md")
    @Produces("text/markdown;charset=utf-8")
    public Response reportMarkdown(@RestPath long id, @RestPath int day) {
        if (!PilotReport.DAYS.contains(day)) {
            return PilotPages.exportNotFound(id);
        }
        return download(id, "pilot-" + id + "-day-" + day + ".md", p -> exports.reportMarkdown(p, day));
    }

    @GET
    @Path("/report-{day}.pdf")
    @Produces("application/pdf")
    public Response reportPdf(@RestPath long id, @RestPath int day) {
        if (!PilotReport.DAYS.contains(day)) {
            return PilotPages.exportNotFound(id);
        }
        return download(id, "pilot-" + id + "-day-" + day + ".pdf", p -> exports.reportPdf(p, day));
    }

    private Response download(long id, String filename, Function<PilotView, Object> body) {
        Optional<PilotView> found = pilots.find(id, currentUser.id());
        if (found.isEmpty()) {
            return PilotPages.exportNotFound(id);
        }
        return Response.ok(body.apply(found.get()))
                .header("Content-Disposition", Download.attachment(filename)).build();
    }
}
