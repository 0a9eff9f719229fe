package dev.gofit.takehome;

import dev.gofit.system.Download;
import dev.gofit.outbound.TargetRefusedException;
import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.system.PdfRenderer;
import dev.gofit.system.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Staff pages of the review engine: start a review, watch it, read, re-run, compare and print reports. */
@Path("/reviews")
@RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
public class ReviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Review> reviews, Map<Long, String> candidates, String endpoint,
                                            String label, String error, String referenceUrl);

        static native TemplateInstance report(ReportView view, String live, String error);

        static native TemplateInstance report$live(ReportView view, String live);

        static native TemplateInstance compare(ReportView a, ReportView b, List<Review> reviews);

        static native TemplateInstance pdf(ReportView view);
    }

    private final ReviewService service;
    private final CheckCatalog catalog;
    private final CurrentUser currentUser;
    private final PdfRenderer pdf;

    public ReviewResource(ReviewService service, CheckCatalog catalog, CurrentUser currentUser, PdfRenderer pdf) {
        this.service = service;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.pdf = pdf;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.list(visible(), candidateNames(), "", "", null, service.referenceUrl());
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response create(@RestForm String endpoint, @RestForm String label) {
        String e = endpoint == null ? "" : endpoint.strip();
        String l = label == null ? "" : label.strip();
        if (l.length() > 120) {
            return Response.status(400).entity(Templates.list(visible(), candidateNames(), e, l, "The label is longer than 120 characters.",
                    service.referenceUrl())).build();
        }
        try {
            Review review = service.submit(e, l, currentUser.id());
            return Response.seeOther(URI.create("/reviews/" + review.id)).build();
        } catch (TargetRefusedException refused) {
            // 422 like POST /api/reviews: the form was well-formed, the guard refused the address it names.
            return Response.status(422).entity(Templates.list(visible(), candidateNames(), e, l, refused.getMessage(),
                    service.referenceUrl())).build();
        }
    }

    @POST
    @Path("/reference")
    public Response reviewReference() {
        Review review = service.submitReference(currentUser.id());
        return Response.seeOther(URI.create("/reviews/" + review.id)).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance report(long id) {
        return Templates.report(view(id), "/reviews/" + id + "/live", null);
    }

    /** The review as JSON for a logged-in browser: the same document as {@code GET /api/reviews/{id}}. */
    @GET
    @Path("/{id}.json")
    @Produces(MediaType.APPLICATION_JSON)
    public ReviewJson json(long id) {
        return ReviewJson.of(find(id));
    }

    @GET
    @Path("/{id}/live")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance live(long id) {
        return Templates.report$live(view(id), "/reviews/" + id + "/live");
    }

    @POST
    @Path("/{id}/rerun")
    @Produces(MediaType.TEXT_HTML)
    public Response rerun(long id) {
        find(id);
        try {
            Review review = service.rerun(id, currentUser.id());
            return Response.seeOther(URI.create("/reviews/" + review.id)).build();
        } catch (TargetRefusedException refused) {
            // The guard (or its settings) changed since the first run: say why instead of failing with a 500.
            return Response.status(422).entity(Templates.report(view(id), "/reviews/" + id + "/live",
                    "GoFit will not re-run this review: " + refused.getMessage())).build();
        }
    }

    @GET
    @Path("/{id}/report.pdf")
    @Produces("application/pdf")
    public Response pdf(long id) {
        byte[] bytes = pdf.render(Templates.pdf(view(id)).render());
        return Response.ok(bytes).header("Content-Disposition", Download.attachment("review-" + id + ".pdf")).build();
    }

    @GET
    @Path("/compare")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance compare(@QueryParam("a") Long a, @QueryParam("b") Long b) {
        ReportView va = a == null ? null : view(a);
        ReportView vb = b == null ? null : view(b);
        return Templates.compare(va, vb, visible());
    }

    /** The candidate's name per review linked to an invite, so the list says whose endpoint it graded. */
    private Map<Long, String> candidateNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        List<Review> reviews = visible();
        List<Long> inviteIds = reviews.stream().map(r -> r.inviteId).filter(java.util.Objects::nonNull).distinct().toList();
        if (!inviteIds.isEmpty()) {
            Map<Long, String> byInvite = new java.util.HashMap<>();
            Invite.<Invite>list("id in ?1", inviteIds).forEach(i -> byInvite.put(i.id, i.candidateName));
            reviews.stream().filter(r -> r.inviteId != null && byInvite.containsKey(r.inviteId))
                    .forEach(r -> names.put(r.id, byInvite.get(r.inviteId)));
        }
        return names;
    }

    private List<Review> visible() {
        return Review.listVisible(currentUser.id(), currentUser.isAdmin(), 100);
    }

    private Review find(long id) {
        return Review.findVisible(id, currentUser.id(), currentUser.isAdmin())
                .orElseThrow(() -> ProblemException.notFound("review " + id));
    }

    private ReportView view(long id) {
        Review review = find(id);
        return ReportView.of(review, catalog, Review.latestReference().filter(r -> !r.id.equals(review.id)).orElse(null));
    }
}
