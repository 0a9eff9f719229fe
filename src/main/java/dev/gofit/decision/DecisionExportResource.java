package dev.gofit.decision;

import dev.gofit.system.Download;
import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/** A decision's exports as pages serve them (any decision of the shared log): the ADR as Markdown and PDF, and the print view. */
@Path("/decisions/{id}")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME, Role.HIRING_MANAGER_NAME})
public class DecisionExportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance print(DecisionResultView.ResultPage page, String adrHtml);
    }

    private final CurrentUser currentUser;
    private final DecisionAccess access;
    private final DecisionEvaluator evaluator;
    private final DecisionResultView view;
    private final AdrExport export;

    public DecisionExportResource(CurrentUser currentUser, DecisionAccess access, DecisionEvaluator evaluator,
                                  DecisionResultView view, AdrExport export) {
        this.currentUser = currentUser;
        this.access = access;
        this.evaluator = evaluator;
        this.view = view;
        this.export = export;
    }

    @GET
    @Path("/adr.md")
    @Produces({"text/markdown", MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    public Response adrMarkdown(@RestPath long id) {
        return access.readable(id, currentUser.id()).map(export::markdown).orElseGet(() -> notFound(id));
    }

    @GET
    @Path("/adr.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response adrPdf(@RestPath long id) {
        return access.readable(id, currentUser.id()).map(export::pdf).orElseGet(() -> notFound(id));
    }

    @GET
    @Path("/print")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance print(@RestPath long id) {
        Decision d = access.visible(id, currentUser.id());
        return Templates.print(view.resultPage(d, evaluator.evaluate(d), null, null), export.bodyHtml(d));
    }

    private static Response notFound(long id) {
        return Download.notFound("Decision " + id);
    }
}
