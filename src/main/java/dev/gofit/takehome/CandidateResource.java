package dev.gofit.takehome;

import dev.gofit.outbound.TargetRefusedException;
import dev.gofit.demo.Source;
import dev.gofit.demo.UpstreamLinks;
import dev.gofit.demo.UpstreamScenario;
import dev.gofit.system.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;

/**
 * The candidate's only view, reached through the invite link: the brief and contract, a sample
 * request, practice reviews (limited per hour), one final submission, live progress and their
 * own reports. The token is never logged; the pages send no referrer.
 */
@Path("/t/{token}")
public class CandidateResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String token, Invite invite, List<Review> reviews, String briefHtml,
                                            String contractHtml, String sample, String curl, String endpoint,
                                            String error, boolean finalMade, int practicePerHour);

        static native TemplateInstance report(String token, ReportView view, String live);

        static native TemplateInstance report$live(ReportView view, String live);

        static native TemplateInstance gone(Invite invite);
    }

    private final ReviewService reviews;
    private final CheckCatalog catalog;
    private final TokenThrottle throttle;
    private final ReviewEngine engine;
    private final Instance<UpstreamLinks> links;
    private final ReviewConfig config;
    private final String contractHtml;

    public CandidateResource(ReviewService reviews, CheckCatalog catalog, TokenThrottle throttle, ReviewEngine engine,
                             Instance<UpstreamLinks> links, ReviewConfig config, dev.gofit.content.ContentLoader loader) {
        this.reviews = reviews;
        this.catalog = catalog;
        this.throttle = throttle;
        this.engine = engine;
        this.links = links;
        this.config = config;
        this.contractHtml = loader.markdownHtml("takehome/contract.md");
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("token") String token, @Context HttpServerRequest request) {
        Invite invite = usable(token, request);
        return Response.ok(render(token, invite, "", null)).build();
    }

    @POST
    @Path("/reviews")
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@PathParam("token") String token, @RestForm String endpoint, @RestForm String kind,
                           @Context HttpServerRequest request) {
        Invite invite = usable(token, request);
        String e = endpoint == null ? "" : endpoint.strip();
        boolean finalKind = "final".equals(kind);
        try {
            Review review = reviews.submitForInvite(invite.id, e, finalKind);
            return Response.seeOther(URI.create("/t/" + token + "/reviews/" + review.id)).build();
        } catch (TargetRefusedException refused) {
            // 422 like POST /api/reviews: the form was well-formed, the guard refused the address it names.
            return Response.status(422).entity(render(token, invite, e, refused.getMessage())).build();
        } catch (ReviewService.PracticeLimitException | ReviewService.AlreadySubmittedException
                 | ReviewService.PracticeClosedException limit) {
            // Practice closed: the form hides it once the final submission is in, a hand-made post gets this.
            int status = limit instanceof ReviewService.PracticeLimitException ? 429 : 409;
            return Response.status(status).entity(render(token, invite, e, limit.getMessage())).build();
        }
    }

    @GET
    @Path("/reviews/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response report(@PathParam("token") String token, @PathParam("id") long id, @Context HttpServerRequest request) {
        Invite invite = usable(token, request);
        return Response.ok(Templates.report(token, view(invite, id), "/t/" + token + "/reviews/" + id + "/live")).build();
    }

    @GET
    @Path("/reviews/{id}/live")
    @Produces(MediaType.TEXT_HTML)
    public Response live(@PathParam("token") String token, @PathParam("id") long id, @Context HttpServerRequest request) {
        Invite invite = usable(token, request);
        return Response.ok(Templates.report$live(view(invite, id), "/t/" + token + "/reviews/" + id + "/live")).build();
    }

    private ReportView view(Invite invite, long id) {
        Review review = Review.findById(id);
        if (review == null || !invite.id.equals(review.inviteId) || review.kind().equals("re-run")) {
            throw ProblemException.notFound("report " + id);
        }
        return ReportView.of(review, catalog, Review.latestReference().orElse(null));
    }

    private TemplateInstance render(String token, Invite invite, String endpoint, String error) {
        String sample = sampleRequest(invite);
        String curl = ReviewEngine.curlLine("https://your-endpoint.example/aggregate", sample.replaceAll("\\s*\\n\\s*", " "));
        boolean finalMade = Review.count("finalInviteId", invite.id) > 0;
        return Templates.page(token, invite, Review.listSubmittedForInvite(invite.id), catalog.briefHtml(), contractHtml, sample,
                curl, endpoint, error, finalMade, config.practicePerHour());
    }

    /** A request like the ones GoFit sends, with live upstream URLs the candidate can fetch while building. */
    private String sampleRequest(Invite invite) {
        String user = "http://gofit.example/demo/upstream/...";
        String embeddings = user;
        if (links.isResolvable()) {
            String runId = "sample-" + invite.id;
            user = links.get().url(engine.upstreamBase(), runId, Source.USER, UpstreamScenario.ok(120));
            embeddings = links.get().url(engine.upstreamBase(), runId, Source.EMBEDDINGS, UpstreamScenario.ok(200));
        }
        return "{\n  \"userId\": \"u-7f3a\",\n  \"query\": \"How do I reset my password?\",\n  \"sources\": {\n"
                + "    \"user\": \"" + user + "\",\n    \"embeddings\": \"" + embeddings + "\"\n  },\n"
                + "  \"timeoutMs\": " + ReviewConfig.SAMPLE_TIMEOUT_MS + "\n}";
    }

    /**
     * The invite of this token, usable or not (an expired or revoked one is named as such to whoever holds
     * its link), or null; unknown tokens count as guesses and are throttled.
     */
    private Invite invite(String token, HttpServerRequest request) {
        String client = request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress();
        Invite invite = Invite.<Invite>find("tokenHash", Invite.hash(token)).firstResult();
        // Only misses count, and a valid token always gets through (issue 13).
        if (invite == null && throttle.miss(client)) {
            throw ProblemException.tooManyRequests("Too many unknown invite links from your address; wait a few minutes.");
        }
        return invite;
    }

    /** The usable invite of this token; otherwise the request ends with the "gone" page ({@link #gone}). */
    private Invite usable(String token, HttpServerRequest request) {
        Invite invite = invite(token, request);
        if (invite == null || !invite.usable()) {
            throw new InviteGone(invite);
        }
        return invite;
    }

    /** An unknown, expired or revoked link; carries the invite (null when unknown) so the page can say which. */
    static final class InviteGone extends RuntimeException {
        final transient Invite invite;

        InviteGone(Invite invite) {
            super("invite gone", null, false, false);
            this.invite = invite;
        }
    }

    /** 404 for an unknown, expired or revoked link; the page says which of the last two it is. */
    @ServerExceptionMapper
    Response gone(InviteGone gone) {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(Templates.gone(gone.invite)).build();
    }
}
