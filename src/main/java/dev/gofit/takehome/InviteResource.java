package dev.gofit.takehome;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import dev.gofit.hiring.Checklist;
import dev.gofit.hiring.HiringContent;
import dev.gofit.hiring.Viewer;
import dev.gofit.system.FormKeys;
import dev.gofit.system.ProblemException;
import dev.gofit.system.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Hiring-manager pages for candidate invites: create (prefilled from query parameters), list, follow, revoke. */
@Path("/invites")
@RolesAllowed({Role.HIRING_MANAGER_NAME, Role.ADMIN_NAME})
public class InviteResource {

    /** An invite and its submissions, for the list. */
    @TemplateData
    public record Row(Invite invite, List<Review> reviews) {

        /** The newest scored submission, or null: what the candidate's endpoint scores today. */
        public Review latestScored() {
            return reviews.stream().filter(r -> r.score != null).findFirst().orElse(null);
        }

        /** The final submission, or null while the candidate has not made it. */
        public Review finalReview() {
            return reviews.stream().filter(Review::isFinal).findFirst().orElse(null);
        }
    }

    /** One option of the checklist list on the invite form. */
    @TemplateData
    public record ChecklistChoice(String value, String label, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> rows, Long archived);

        static native TemplateInstance form(InviteForm form, Map<String, String> errors, List<ChecklistChoice> checklists);

        static native TemplateInstance invite(Invite invite, List<Review> reviews, String link);

        static native TemplateInstance invite$submissions(Invite invite, List<Review> reviews);
    }

    /** The link of a just-created invite, shown to its creator for a short while (the token is not stored). */
    private final Cache<String, String> freshLinks = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(15))
            .maximumSize(10_000).build();

    private final InviteService invites;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final FormKeys formKeys;
    private final HiringContent hiring;

    public InviteResource(InviteService invites, CurrentUser currentUser, Validator validator, FormKeys formKeys,
                          HiringContent hiring) {
        this.hiring = hiring;
        this.formKeys = formKeys;
        this.invites = invites;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("archived") Long archived) {
        List<Row> rows = Invite.listVisible(currentUser.id(), currentUser.isAdmin()).stream()
                .map(i -> new Row(i, Review.listForInvite(i.id))).toList();
        return Templates.list(rows, archived);
    }

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@QueryParam("checklist") String checklist, @QueryParam("name") String name,
                                 @QueryParam("email") String email) {
        InviteForm form = new InviteForm(name, email, checklist, invites.defaultDeadline().toString(), null).orBlank();
        return Templates.form(form, Map.of(), checklistChoices(form.checklistId()));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response create(@BeanParam InviteForm form) {
        var first = formKeys.firstResult(form.formKey());
        if (first.isPresent()) {
            return Response.seeOther(first.get()).build();
        }
        Map<String, String> errors = Violations.byField(validator.validate(form));
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.form(form.orBlank(), errors, checklistChoices(form.checklistId()))).build();
        }
        InviteService.Created created = invites.create(form.toRequest(), currentUser.id());
        freshLinks.put(currentUser.id() + ":" + created.invite().id, created.url());
        URI location = URI.create("/invites/" + created.invite().id);
        formKeys.remember(form.formKey(), location);
        return Response.seeOther(location).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance invite(long id) {
        Invite invite = find(id);
        return Templates.invite(invite, Review.listForInvite(id), freshLinks.getIfPresent(currentUser.id() + ":" + id));
    }

    @GET
    @Path("/{id}/submissions")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance submissions(long id) {
        Invite invite = find(id);
        return Templates.invite$submissions(invite, Review.listForInvite(id));
    }

    /** Moves the deadline later; the candidate's page shows the new date at once. */
    @POST
    @Path("/{id}/deadline")
    public Response extend(long id, @RestForm String deadline) {
        find(id);
        java.time.LocalDate day;
        try {
            day = java.time.LocalDate.parse(deadline == null ? "" : deadline.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest("deadline", "Give the date as YYYY-MM-DD.");
        }
        invites.extend(id, day);
        return Response.seeOther(URI.create("/invites/" + id + "#deadline")).build();
    }

    /** Retries a failed (or off) e-mail with a fresh link, shown once as after creation. */
    @POST
    @Path("/{id}/email")
    public Response resend(long id) {
        find(id);
        InviteService.Created created = invites.resend(id);
        freshLinks.put(currentUser.id() + ":" + id, created.url());
        return Response.seeOther(URI.create("/invites/" + id)).build();
    }

    @POST
    @Path("/{id}/archive")
    public Response archive(long id) {
        find(id);
        invites.archive(id, true);
        return Response.seeOther(URI.create("/invites?archived=" + id)).build();
    }

    @POST
    @Path("/{id}/restore")
    public Response restore(long id) {
        Invite.findVisibleAny(id, currentUser.id(), currentUser.isAdmin())
                .orElseThrow(() -> ProblemException.notFound("invite " + id));
        invites.archive(id, false);
        return Response.seeOther(URI.create("/invites/" + id)).build();
    }

    @POST
    @Path("/{id}/revoke")
    public Response revoke(long id) {
        find(id);
        invites.revoke(id);
        freshLinks.invalidate(currentUser.id() + ":" + id);
        return Response.seeOther(URI.create("/invites/" + id)).build();
    }

    /**
     * The checklists the user may file the review under (none first), the chosen one selected; a posted id that is
     * not among them stays as an option so a rejected form shows what was sent.
     */
    private List<ChecklistChoice> checklistChoices(String chosen) {
        String picked = chosen == null ? "" : chosen.strip();
        List<ChecklistChoice> choices = new java.util.ArrayList<>();
        choices.add(new ChecklistChoice("", "None (the review is not filed under a checklist)", picked.isEmpty()));
        for (Checklist c : Checklist.listVisible(Viewer.of(currentUser))) {
            String value = String.valueOf(c.id);
            var level = hiring.skills().level(c.level);
            choices.add(new ChecklistChoice(value, c.roleTitle + " · " + (level == null ? c.level : level.label()) + " · #" + c.id,
                    value.equals(picked)));
        }
        if (choices.stream().noneMatch(ChecklistChoice::selected)) {
            choices.add(new ChecklistChoice(picked, "Checklist " + picked + " (not one of yours)", true));
        }
        return choices;
    }

    private Invite find(long id) {
        return Invite.findVisible(id, currentUser.id(), currentUser.isAdmin())
                .orElseThrow(() -> ProblemException.notFound("invite " + id));
    }

}
