package dev.gofit.decision;

import dev.gofit.account.CurrentUser;
import dev.gofit.account.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;
import java.util.Map;

import static dev.gofit.decision.PageResponses.badRequest;
import static dev.gofit.decision.PageResponses.ok;
import static dev.gofit.decision.PageResponses.seeOther;

/** The decisions list and a decision's result page with its editable matrix (the wizard and lifecycle have their own). */
@Path("/decisions")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class DecisionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> rows, String q, int total, Long archived);
    }

    /** A row of the decisions list. */
    public record Row(long id, String title, DecisionStatus status, Verdict verdict, String updated, int revision) {
        public boolean draft() {
            return status == DecisionStatus.DRAFT;
        }
    }

    private final CurrentUser currentUser;
    private final DecisionService service;
    private final DecisionAccess access;
    private final DecisionResultView view;
    private final Validator validator;

    public DecisionResource(CurrentUser currentUser, DecisionService service, DecisionResultView view, Validator validator, DecisionAccess access) {
        this.access = access;
        this.currentUser = currentUser;
        this.service = service;
        this.view = view;
        this.validator = validator;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("archived") Long archived) {
        List<Row> rows = Decision.searchForOwner(currentUser.id(), q).stream()
                .map(d -> new Row(d.id, d.title, d.status, d.verdict(), DecisionResultView.DAY.format(d.updatedAt), d.revision))
                .toList();
        return Templates.list(rows, q == null ? "" : q.strip(), (int) Decision.countForOwner(currentUser.id()), archived);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME, Role.HIRING_MANAGER_NAME})
    public Response result(@RestPath long id, @QueryParam("done") String done) {
        Decision d = access.visible(id, currentUser.id());
        if (d.status == DecisionStatus.DRAFT && DecisionAccess.canEdit(d, currentUser.id())) {
            // A half-finished decision resumes where it stopped.
            return seeOther(DecisionWizardResource.resumeHref(d));
        }
        return ok(view.page(d, flash(done), null));
    }

    /** Saves the weights; an htmx request gets the matrix fragment back, a plain form post a redirect. */
    @POST
    @Path("/{id}/weights")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response weights(@RestPath long id, MultivaluedMap<String, String> form, @RestHeader("HX-Request") String htmx) {
        Decision d = access.editable(id, currentUser.id());
        boolean fragment = "true".equals(htmx);
        if (!d.status.open()) {
            return PageResponses.status(409, view.page(d, null,
                    "An accepted, rejected or superseded decision keeps its weights: revise it to change them."));
        }
        DecisionForms.Weights weights = DecisionForms.Weights.of(form);
        if (weights.reset()) {
            service.saveWeights(d, null);
        } else {
            Map<String, String> errors = FormErrors.of(validator.validate(weights));
            if (!errors.isEmpty()) {
                Map<String, String> byCriterion = new java.util.LinkedHashMap<>();
                errors.forEach((field, message) -> byCriterion.put(field.replaceFirst("^weights\\.", ""), message));
                // htmx swaps only 2xx answers: the fragment with its messages comes back as 200.
                TemplateInstance page = view.matrix(d, fragment, weights.weights(), byCriterion);
                return fragment ? ok(page) : badRequest(page);
            }
            Map<String, Integer> merged = service.weights(d);
            merged.putAll(weights.parsed());
            service.saveWeights(d, merged);
        }
        if (fragment) {
            return ok(view.matrix(d, true, Map.of(), Map.of()));
        }
        return seeOther("/decisions/" + id + "?done=weights#matrix");
    }

    /** The options to compare (go always one); while the decision is open. */
    @POST
    @Path("/{id}/options")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response options(@RestPath long id, @jakarta.ws.rs.BeanParam DecisionForms.Options form) {
        Decision d = access.editable(id, currentUser.id());
        if (!d.status.open()) {
            return PageResponses.status(409, view.page(d, null,
                    "An accepted, rejected or superseded decision keeps its options: revise it to change them."));
        }
        Map<String, String> errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            return badRequest(view.page(d, null, "Options: " + String.join(" ", errors.values())));
        }
        service.compare(d, form.options());
        return seeOther("/decisions/" + id + "?done=options#matrix");
    }

    private static String flash(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "weights" -> "Weights saved; the scores and ranking below use them.";
            case "options" -> "Options saved; the matrix below compares them.";
            case "accepted" -> "Decision accepted.";
            case "rejected" -> "Decision rejected.";
            case "superseded" -> "Decision marked as superseded.";
            case "people" -> "People saved: the ADR names them.";
            case "commented" -> "Comment added to this revision.";
            case "restored" -> "Decision restored: it is back in the lists and the shared log.";
            case "reevaluated" -> "Re-evaluated with today's content as a new revision: the scores below use it.";
            default -> null;
        };
    }
}
